package cn.dangjian.bot.admin;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import cn.dangjian.bot.activity.ActivityRecord;
import cn.dangjian.bot.activity.MissingEvidence;
import cn.dangjian.bot.activity.Period;
import cn.dangjian.bot.activity.Progress;

/**
 * One obligation of a progress answer: {@code cadence} is monthly, quarterly or yearly; {@code required} the periods
 * that have begun, {@code done} the activities logged, {@code missing} the begun periods with none (3月, 第二季度 …);
 * {@code withoutEvidence} the ids of its records without photo or file when the catalogue asks it for evidence
 * ({@code evidence: required}), else absent.
 */
record ObligationView(String activity, String name, String cadence, int required, long done, List<String> missing,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<Long> withoutEvidence) {

    static ObligationView of(Progress.Item item, MissingEvidence unproven) {
        String key = item.activity().key();
        return new ObligationView(key, item.activity().name(), item.cadence().key(), item.required(), item.done(),
                item.missing().stream().map(Period::label).toList(),
                unproven.asked(key) ? unproven.of(key).stream().map(ActivityRecord::id).toList() : null);
    }
}
