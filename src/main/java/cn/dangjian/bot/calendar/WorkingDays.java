package cn.dangjian.bot.calendar;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import cn.dangjian.bot.config.BotConfigException;
import cn.dangjian.bot.config.YamlNode;

/**
 * China's working days: Monday to Friday, except the public holidays of the State Council's yearly notice, plus the
 * weekend days that notice makes working days (调休上班). One file per year under {@code bot-config/calendar/}
 * ({@code 2026.yml}); a year without one is weekends only. The scheduler, the catch-up sweep, 提醒设置 and progress
 * answers all ask this one calendar, so they agree.
 */
public final class WorkingDays {

    private static final Pattern FILE = Pattern.compile("(\\d{4})\\.yml");
    private static final Set<String> TOP_LEVEL = Set.of("notice", "holidays");
    private static final Set<String> HOLIDAY_KEYS = Set.of("from", "to", "workdays");

    /** A notice's holiday is at most 9 days (春节 2026); a range far longer is a typo in a year or month. */
    private static final int LONGEST_HOLIDAY = 15;

    private final Map<LocalDate, String> holidays;
    private final Set<LocalDate> workdays;
    private final Map<Integer, String> notices;

    private WorkingDays(Map<LocalDate, String> holidays, Set<LocalDate> workdays, Map<Integer, String> notices) {
        this.holidays = Map.copyOf(holidays);
        this.workdays = Set.copyOf(workdays);
        this.notices = new TreeMap<>(notices);
    }

    /** Saturdays and Sundays only, as for a year without a file. */
    public static WorkingDays weekendsOnly() {
        return new WorkingDays(Map.of(), Set.of(), Map.of());
    }

    /**
     * Reads every {@code YYYY.yml} of {@code dir} (none when the directory is absent).
     *
     * @throws BotConfigException naming the file and line of the first problem
     */
    public static WorkingDays load(Path dir) {
        Map<LocalDate, String> holidays = new HashMap<>();
        Set<LocalDate> workdays = new HashSet<>();
        Map<Integer, String> notices = new HashMap<>();
        if (!Files.isDirectory(dir)) {
            return weekendsOnly();
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".yml")).sorted().toList();
        }
        catch (IOException e) {
            throw new BotConfigException(dir, 0, "cannot be read: " + e.getMessage());
        }
        for (Path file : files) {
            Matcher name = FILE.matcher(file.getFileName().toString());
            if (!name.matches()) {
                throw new BotConfigException(file, 0, "a calendar file is named after its year, like 2026.yml");
            }
            int year = Integer.parseInt(name.group(1));
            notices.put(year, readYear(file, year, holidays, workdays));
        }
        return new WorkingDays(holidays, workdays, notices);
    }

    private static String readYear(Path file, int year, Map<LocalDate, String> holidays, Set<LocalDate> workdays) {
        YamlNode root = YamlNode.load(file);
        root.entries().forEach((key, value) -> {
            if (!TOP_LEVEL.contains(key)) {
                throw value.problem("unknown setting '" + key + "', expected one of " + TOP_LEVEL);
            }
        });
        String notice = root.requiredText("notice");
        root.required("holidays").entries().forEach((holiday, node) -> {
            node.entries().forEach((key, value) -> {
                if (!HOLIDAY_KEYS.contains(key)) {
                    throw value.problem("unknown setting '" + key + "' of " + holiday + ", expected one of "
                            + HOLIDAY_KEYS);
                }
            });
            LocalDate from = date(node.required("from"), year);
            LocalDate to = date(node.required("to"), year);
            if (to.isBefore(from) || to.isAfter(from.plusDays(LONGEST_HOLIDAY))) {
                throw node.required("to").problem(holiday + " runs from " + from + " to " + to
                        + ": 'to' must be the holiday's last day, on or after 'from' and within "
                        + LONGEST_HOLIDAY + " days");
            }
            for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                String earlier = holidays.putIfAbsent(day, holiday);
                if (earlier != null) {
                    throw node.problem(day + " is already a day of " + earlier);
                }
            }
            YamlNode worked = node.get("workdays").orElse(null);
            if (worked != null && !worked.isNull()) {
                for (YamlNode item : worked.items()) {
                    LocalDate day = date(item, year);
                    if (!weekend(day)) {
                        throw item.problem(day + " is a " + day.getDayOfWeek()
                                + ": a 调休 working day is a Saturday or Sunday (weekdays are working days anyway)");
                    }
                    if (holidays.containsKey(day)) {
                        throw item.problem(day + " is a day of " + holidays.get(day) + ", not a working day");
                    }
                    workdays.add(day);
                }
            }
        });
        return notice;
    }

    /** A date of the file's year, or of the days around New Year that a notice may move (元旦's 调休). */
    private static LocalDate date(YamlNode node, int year) {
        LocalDate date;
        try {
            date = LocalDate.parse(node.text());
        }
        catch (DateTimeParseException e) {
            throw node.problem("expected a date like " + year + "-10-01, found '" + node.text() + "'");
        }
        if (date.isBefore(LocalDate.of(year - 1, 12, 1)) || date.isAfter(LocalDate.of(year + 1, 1, 31))) {
            throw node.problem(date + " is not in " + year + " (this file is the schedule of " + year + ")");
        }
        return date;
    }

    private static boolean weekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    public boolean isWorkingDay(LocalDate day) {
        if (holidays.containsKey(day)) {
            return false;
        }
        return !weekend(day) || workdays.contains(day);
    }

    /** 国庆节, 春节 …: the holiday the day belongs to, if any. */
    public Optional<String> holiday(LocalDate day) {
        return Optional.ofNullable(holidays.get(day));
    }

    /** Whether {@code bot-config/calendar/} has the State Council's schedule of that year. */
    public boolean knows(int year) {
        return notices.containsKey(year);
    }

    /** The notice the year's file cites. */
    public Optional<String> notice(int year) {
        return Optional.ofNullable(notices.get(year));
    }

    /** The day itself if it is a working day, else the working day before it. */
    public LocalDate onOrBefore(LocalDate day) {
        LocalDate d = day;
        while (!isWorkingDay(d)) {
            d = d.minusDays(1);
        }
        return d;
    }

    /** The day itself if it is a working day, else the working day after it. */
    public LocalDate onOrAfter(LocalDate day) {
        LocalDate d = day;
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** Working days from {@code from} to {@code to}, both included; 0 when {@code to} is before {@code from}. */
    public int count(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    /** The last working day in [from, to], if there is one. */
    public Optional<LocalDate> lastIn(LocalDate from, LocalDate to) {
        for (LocalDate d = to; !d.isBefore(from); d = d.minusDays(1)) {
            if (isWorkingDay(d)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /**
     * The working day {@code n} working days before {@code day} (a working day itself): n = 0 is the day, 1 the
     * working day before it.
     */
    public LocalDate workingDaysBefore(LocalDate day, int n) {
        LocalDate d = day;
        for (int i = 0; i < n; i++) {
            d = onOrBefore(d.minusDays(1));
        }
        return d;
    }

    /**
     * The holiday that begins right after {@code day} (a working day): the rest days that follow it without a
     * working day between, when a public holiday is among them; empty after a plain weekend.
     *
     * @return the holiday's name and the number of rest days in a row
     */
    public Optional<Break> breakAfter(LocalDate day) {
        String name = null;
        int days = 0;
        for (LocalDate d = day.plusDays(1); !isWorkingDay(d); d = d.plusDays(1)) {
            days++;
            if (name == null && holidays.containsKey(d)) {
                name = holidays.get(d);
            }
        }
        return name == null ? Optional.empty() : Optional.of(new Break(name, days));
    }

    /** Rest days in a row that include a public holiday. */
    public record Break(String holiday, int days) {
    }
}
