package cn.dangjian.bot.activity;

import java.util.List;
import java.util.Map;

/** How many evidence files (photos, sign-in sheets …) each record has; the evidence feature keeps them. */
public interface EvidenceCounts {

    /** Counts by record id; records without files may be left out. */
    Map<Long, Integer> counts(String branchId, List<Long> recordIds);
}
