package cn.dangjian.bot.admin;

import java.util.List;

import cn.dangjian.bot.activity.Period;
import cn.dangjian.bot.activity.Progress;

/**
 * One obligation of a progress answer: {@code cadence} is monthly, quarterly or yearly; {@code required} the periods
 * that have begun, {@code done} the activities logged, {@code missing} the begun periods with none (3月, 第二季度 …).
 */
record ObligationView(String activity, String name, String cadence, int required, long done, List<String> missing) {

    static ObligationView of(Progress.Item item) {
        return new ObligationView(item.activity().key(), item.activity().name(), item.cadence().key(),
                item.required(), item.done(), item.missing().stream().map(Period::label).toList());
    }
}
