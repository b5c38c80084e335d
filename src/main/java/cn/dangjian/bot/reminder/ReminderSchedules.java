package cn.dangjian.bot.reminder;

import java.nio.file.Path;
import java.text.ParseException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.dangjian.bot.activity.Period;
import cn.dangjian.bot.branch.Branches;
import cn.dangjian.bot.calendar.WorkingDays;
import cn.dangjian.bot.config.YamlNode;

/**
 * {@code bot-config/reminders.yml}: when each reminder goes, for the organisation and per branch, within which hours,
 * what it does on a rest day of the working-day calendar, and whether a branch with nothing missing hears so. Every
 * cron is checked at start with the real Quartz parser, and against its purpose: it must fire, at most once per
 * period, and never outside {@code sendBetween}.
 */
public final class ReminderSchedules {

    private static final Set<String> TOP_LEVEL = Set.of("reminders", "sendBetween", "acknowledgeComplete", "branches",
            "workingDaysBeforeHoliday", "committeeDigest");
    private static final Set<String> REMINDER_KEYS = Set.of("cron", "onRestDay");

    /** A working week to act on before a holiday, when the period's last working day comes right before one. */
    static final int WORKING_DAYS_BEFORE_HOLIDAY = 5;

    /** How far ahead a cron's fire times are checked at start. */
    private static final int YEARS_CHECKED = 2;

    private final Map<ReminderKind, Optional<Schedule>> organisation;
    private final Map<String, Map<ReminderKind, Optional<Schedule>>> perBranch;
    private final LocalTime sendFrom;
    private final LocalTime sendUntil;
    private final boolean acknowledgeComplete;
    private final Optional<Schedule> committeeDigest;

    ReminderSchedules(Map<ReminderKind, Optional<Schedule>> organisation,
            Map<String, Map<ReminderKind, Optional<Schedule>>> perBranch, LocalTime sendFrom, LocalTime sendUntil,
            boolean acknowledgeComplete, Optional<Schedule> committeeDigest) {
        this.committeeDigest = committeeDigest;
        this.organisation = Map.copyOf(organisation);
        this.perBranch = Map.copyOf(perBranch);
        this.sendFrom = sendFrom;
        this.sendUntil = sendUntil;
        this.acknowledgeComplete = acknowledgeComplete;
    }

    /** Reads and checks the file; {@code now} is where the check of fire times begins. */
    public static ReminderSchedules load(Path file, Branches branches, WorkingDays days, ZoneId zone,
            ZonedDateTime now) {
        YamlNode root = YamlNode.load(file);
        root.entries().forEach((key, value) -> {
            if (!TOP_LEVEL.contains(key)) {
                throw value.problem("unknown setting '" + key + "', expected one of " + TOP_LEVEL);
            }
        });
        LocalTime[] window = window(root.required("sendBetween"));
        boolean acknowledge = root.get("acknowledgeComplete").map(YamlNode::bool).orElse(true);
        int beforeHoliday = root.get("workingDaysBeforeHoliday").map(YamlNode::integer)
                .orElse(WORKING_DAYS_BEFORE_HOLIDAY);
        if (beforeHoliday < 1 || beforeHoliday > 15) {
            throw root.required("workingDaysBeforeHoliday").problem(
                    "workingDaysBeforeHoliday must be between 1 and 15 working days, found " + beforeHoliday);
        }
        Reader reader = (key, value) -> schedule(value, kind(key, value), days, beforeHoliday, zone, now, window);
        YamlNode reminders = root.required("reminders");
        Map<ReminderKind, Optional<Schedule>> organisation = new EnumMap<>(ReminderKind.class);
        reminders.entries().forEach((key, value) -> organisation.put(kind(key, value), reader.read(key, value)));
        for (ReminderKind kind : ReminderKind.values()) {
            if (!organisation.containsKey(kind)) {
                throw reminders.problem("missing '" + kind.key() + "' (write \"off\" to turn that reminder off)");
            }
        }
        Map<String, Map<ReminderKind, Optional<Schedule>>> perBranch = new HashMap<>();
        root.get("branches").filter(node -> !node.isNull()).ifPresent(node -> node.entries().forEach((id, own) -> {
            if (branches.byId(id).isEmpty()) {
                throw own.problem("unknown branch '" + id + "' (see branches.yml)");
            }
            Map<ReminderKind, Optional<Schedule>> overrides = new EnumMap<>(ReminderKind.class);
            own.entries().forEach((key, value) -> overrides.put(kind(key, value), reader.read(key, value)));
            perBranch.put(id, overrides);
        }));
        // the committees' digest of last month goes monthly, by the same rules as a monthly reminder
        Optional<Schedule> digest = root.get("committeeDigest")
                .flatMap(node -> schedule(node, ReminderKind.MONTHLY, days, beforeHoliday, zone, now, window));
        return new ReminderSchedules(organisation, perBranch, window[0], window[1], acknowledge, digest);
    }

    @FunctionalInterface
    private interface Reader {
        Optional<Schedule> read(String key, YamlNode value);
    }

    /** {@code "0 5 9 25 * ?"}, {@code off}, or {@code {cron: "0 5 9 25 * ?", onRestDay: next}}. */
    private static Optional<Schedule> schedule(YamlNode node, ReminderKind kind, WorkingDays days, int beforeHoliday,
            ZoneId zone, ZonedDateTime now, LocalTime[] window) {
        YamlNode cronNode = node;
        OnRestDay onRestDay = OnRestDay.PREVIOUS;
        if (node.isMapping()) {
            node.entries().forEach((key, value) -> {
                if (!REMINDER_KEYS.contains(key)) {
                    throw value.problem("unknown setting '" + key + "' of the " + kind.key()
                            + " reminder, expected one of " + REMINDER_KEYS);
                }
            });
            cronNode = node.required("cron");
            YamlNode rule = node.get("onRestDay").orElse(null);
            if (rule != null) {
                onRestDay = OnRestDay.ofKey(rule.text()).orElseThrow(() -> rule.problem("onRestDay must be previous, "
                        + "next or keep, found '" + rule.text() + "'"));
            }
        }
        OnRestDay rule = onRestDay;
        return cron(cronNode, kind, zone, now, window).map(cron -> new Schedule(kind, cron, rule, days,
                beforeHoliday));
    }

    private static ReminderKind kind(String key, YamlNode at) {
        return ReminderKind.ofKey(key).orElseThrow(
                () -> at.problem("unknown reminder '" + key + "', expected monthly, quarterly or yearly"));
    }

    private static LocalTime[] window(YamlNode node) {
        String text = node.text();
        String[] parts = text.split("-");
        try {
            if (parts.length == 2) {
                LocalTime from = LocalTime.parse(parts[0].strip());
                LocalTime until = LocalTime.parse(parts[1].strip());
                if (from.isBefore(until)) {
                    return new LocalTime[] {from, until};
                }
            }
        }
        catch (DateTimeParseException e) {
            // reported below with the line
        }
        throw node.problem("sendBetween must be two times of one day, earlier first, like \"08:00-21:00\"; found '"
                + text + "'");
    }

    private static Optional<Cron> cron(YamlNode node, ReminderKind kind, ZoneId zone, ZonedDateTime now,
            LocalTime[] window) {
        String expression = node.text();
        if (expression.equals("off") || node.text().equals("false")) {
            return Optional.empty();
        }
        Cron cron;
        try {
            cron = new Cron(expression, zone);
        }
        catch (ParseException e) {
            throw node.problem("'" + expression + "' is not a valid Quartz cron expression: " + e.getMessage());
        }
        DateTimeFormatter format = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
        ZonedDateTime horizon = now.plusYears(YEARS_CHECKED);
        Map<Period, ZonedDateTime> perPeriod = new HashMap<>();
        Optional<ZonedDateTime> fire = cron.next(now);
        if (fire.isEmpty() || fire.get().isAfter(horizon)) {
            throw node.problem("'" + expression + "' never fires in the next " + YEARS_CHECKED + " years");
        }
        while (fire.isPresent() && fire.get().isBefore(horizon)) {
            ZonedDateTime at = fire.get();
            LocalTime time = at.toLocalTime();
            if (time.isBefore(window[0]) || !time.isBefore(window[1])) {
                throw node.problem("'" + expression + "' fires at " + at.format(format) + ", outside sendBetween "
                        + window[0] + "-" + window[1]);
            }
            ZonedDateTime earlier = perPeriod.putIfAbsent(Period.of(kind.cadence(), at.toLocalDate()), at);
            if (earlier != null) {
                throw node.problem("'" + expression + "' fires twice in one " + kind.periodName() + " ("
                        + earlier.format(format) + " and " + at.format(format) + "); the " + kind.key()
                        + " reminder goes once per period");
            }
            fire = cron.next(at);
        }
        return Optional.of(cron);
    }

    /** The branch's schedule for {@code kind}: its own, or the organisation's; empty when that reminder is off. */
    public Optional<Schedule> schedule(String branchId, ReminderKind kind) {
        Map<ReminderKind, Optional<Schedule>> own = perBranch.get(branchId);
        if (own != null && own.containsKey(kind)) {
            return own.get(kind);
        }
        return organisation.get(kind);
    }

    /** Every distinct schedule of {@code kind}: one Quartz trigger each. */
    public Set<Schedule> schedules(ReminderKind kind) {
        Set<Schedule> schedules = new LinkedHashSet<>();
        organisation.get(kind).ifPresent(schedules::add);
        perBranch.values().forEach(own -> {
            Optional<Schedule> schedule = own.get(kind);
            if (schedule != null) {
                schedule.ifPresent(schedules::add);
            }
        });
        return schedules;
    }

    /** When each committee's digest of the month before goes ({@code committeeDigest}); empty when off or absent. */
    public Optional<Schedule> committeeDigest() {
        return committeeDigest;
    }

    public boolean acknowledgeComplete() {
        return acknowledgeComplete;
    }

    /** Whether a reminder may go at {@code time}: never at night, even when one that fell due is caught up. */
    public boolean allowsSendingAt(ZonedDateTime time) {
        LocalTime local = time.toLocalTime();
        return !local.isBefore(sendFrom) && local.isBefore(sendUntil);
    }

    public LocalTime sendFrom() {
        return sendFrom;
    }

    public LocalTime sendUntil() {
        return sendUntil;
    }
}
