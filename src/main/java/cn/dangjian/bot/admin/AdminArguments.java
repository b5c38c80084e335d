package cn.dangjian.bot.admin;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

import cn.dangjian.bot.branch.Branch;
import cn.dangjian.bot.branch.Branches;

/**
 * Reads the admin API's path and query values into the domain, with the Chinese refusal when one is wrong: the
 * branch of {@code {branchId}} (404 when unknown), {@code year} (the current year when absent), {@code month}.
 */
@Component
public class AdminArguments {

    private final Branches branches;
    private final Clock clock;

    AdminArguments(Branches branches, Clock clock) {
        this.branches = branches;
        this.clock = clock;
    }

    public Branch branch(String branchId) {
        return branches.byId(branchId).orElseThrow(() -> new AdminProblem(HttpStatus.NOT_FOUND,
                "未找到编号为“" + branchId + "”的党支部，请核对支部编号。"));
    }

    public int year(String text) {
        if (text == null || text.isBlank()) {
            return today().getYear();
        }
        if (!text.strip().matches("[0-9]{4}") || Integer.parseInt(text.strip()) < 1970) {
            throw new AdminProblem(HttpStatus.BAD_REQUEST, "年份“" + text + "”无效，请填写1970年以后的四位数字年份，例如 2026。");
        }
        return Integer.parseInt(text.strip());
    }

    /** The month 1–12, or null when absent. */
    public Integer month(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String month = text.strip();
        if (!month.matches("[0-9]{1,2}") || Integer.parseInt(month) < 1 || Integer.parseInt(month) > 12) {
            throw new AdminProblem(HttpStatus.BAD_REQUEST, "月份“" + text + "”无效，请填写 1 至 12 之间的数字。");
        }
        return Integer.parseInt(month);
    }

    /**
     * Whether the {@code Accept} header's first choice, by quality, is {@code alternative} rather than {@code usual}
     * (the default, also for a missing header or any type). Neither acceptable: 406 with {@code refusal}.
     */
    public static boolean prefers(String accept, MediaType alternative, MediaType usual, String refusal) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        Supplier<AdminProblem> notAcceptable = () -> new AdminProblem(HttpStatus.NOT_ACCEPTABLE, refusal);
        List<MediaType> types;
        try {
            types = MediaType.parseMediaTypes(accept);
        }
        catch (InvalidMediaTypeException e) {
            throw notAcceptable.get();
        }
        MediaType best = types.stream()
                .filter(t -> t.getQualityValue() > 0)
                .filter(t -> t.includes(usual) || t.includes(alternative))
                .max(Comparator.comparingDouble(MediaType::getQualityValue))
                .orElseThrow(notAcceptable);
        return !best.includes(usual);
    }

    /** The day {@code text} names as YYYY-MM-DD, or null when absent; {@code name} is the query parameter's. */
    public LocalDate date(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        AdminProblem invalid = new AdminProblem(HttpStatus.BAD_REQUEST, "参数 " + name + " 的日期“" + text
                + "”无效，请按“年-月-日”填写1970年以后的日期，例如 2026-03-01。");
        // four digits of year only: LocalDate also reads +999999999-12-31, whose instant overflows
        if (!text.strip().matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
            throw invalid;
        }
        try {
            LocalDate day = LocalDate.parse(text.strip());
            if (day.getYear() < 1970) {
                throw invalid;
            }
            return day;
        }
        catch (DateTimeParseException e) {
            throw invalid;
        }
    }

    /** The first instant of {@code day} in {@code bot.zone}. */
    public Instant startOf(LocalDate day) {
        return day.atStartOfDay(clock.getZone()).toInstant();
    }

    /** Today in {@code bot.zone}. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
