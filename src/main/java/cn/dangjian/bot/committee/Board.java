package cn.dangjian.bot.committee;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import cn.dangjian.bot.activity.Activity;

/**
 * A committee's branches on one day, the most behind first (then in the file's order): what 各支部进度 answers, the
 * heat map draws and the admin API returns.
 *
 * @param asOf        the day counted up to: today, or the end of the month or year asked for when it is over
 * @param obligations every obligation some branch owes in the year, in catalogue order: the heat map's columns
 */
public record Board(Committee committee, LocalDate asOf, List<Activity> obligations, List<Standing> standings) {

    public Board {
        obligations = List.copyOf(obligations);
        standings = standings.stream().sorted(Comparator.comparingInt(Standing::behind).reversed()).toList();
    }

    public List<Standing> behind() {
        return standings.stream().filter(s -> !s.complete()).toList();
    }

    /** Those with nothing missing that had begun keeping records by the day. */
    public List<Standing> complete() {
        return standings.stream().filter(s -> s.complete() && !s.notStarted()).toList();
    }

    /** Those that had not begun keeping records with the bot by the day: nothing owed, nothing done either. */
    public List<Standing> notStarted() {
        return standings.stream().filter(Standing::notStarted).toList();
    }
}
