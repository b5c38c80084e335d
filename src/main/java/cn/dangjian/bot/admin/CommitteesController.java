package cn.dangjian.bot.admin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.dangjian.bot.activity.Activity;
import cn.dangjian.bot.activity.Period;
import cn.dangjian.bot.activity.Progress;
import cn.dangjian.bot.chinese.Chinese;
import cn.dangjian.bot.committee.Board;
import cn.dangjian.bot.committee.Committee;
import cn.dangjian.bot.committee.CommitteeProgress;
import cn.dangjian.bot.committee.Committees;
import cn.dangjian.bot.committee.HeatMap;
import cn.dangjian.bot.committee.Standing;

/**
 * {@code GET /api/v1/committees/{id}/progress?year=YYYY&month=M}: every branch beneath the committee, the most behind
 * first, as of today or the end of the month (or year) asked for: JSON, CSV ({@code Accept: text/csv}, one row per
 * branch and obligation) or the heat map ({@code Accept: image/png}, also {@code …/heatmap.png}).
 */
@RestController
class CommitteesController {

    private static final String REFUSAL = "各支部进度只能以 JSON（application/json）、CSV（text/csv）或 PNG 热力图（image/png）格式提供。";

    private final Committees committees;
    private final CommitteeProgress progress;
    private final AdminArguments arguments;

    CommitteesController(Committees committees, CommitteeProgress progress, AdminArguments arguments) {
        this.committees = committees;
        this.progress = progress;
        this.arguments = arguments;
    }

    /** One branch as the JSON has it; {@code obligations} is the year so far, the heat map's row. */
    record BranchView(String branch, String name, int behind, List<String> thisMonth, List<String> thisQuarter,
            List<String> thisYear, List<ObligationState> obligations) {
    }

    record ObligationState(String activity, String name, String cadence, int required, long done,
            List<String> missing, String state) {
    }

    record BoardView(String committee, String name, LocalDate asOf, int branches, int behind,
            List<BranchView> standings) {
    }

    @GetMapping("/api/v1/committees/{id}/progress")
    ResponseEntity<?> progress(@PathVariable String id, @RequestParam(required = false) String year,
            @RequestParam(required = false) String month,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        MediaType type = chosen(accept);
        Board board = board(id, year, month);
        if (type.equals(MediaType.IMAGE_PNG)) {
            return picture(board);
        }
        if (type.equals(Csv.TYPE)) {
            return Csv.download("committee-" + board.committee().id() + "-" + board.asOf() + ".csv", csv(board));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(view(board));
    }

    @GetMapping("/api/v1/committees/{id}/heatmap.png")
    ResponseEntity<byte[]> heatMap(@PathVariable String id, @RequestParam(required = false) String year,
            @RequestParam(required = false) String month) {
        return picture(board(id, year, month));
    }

    private Board board(String id, String year, String month) {
        Committee committee = committees.byId(id).orElseThrow(() -> new AdminProblem(HttpStatus.NOT_FOUND,
                "未找到编号为“" + id + "”的党组织（branches.yml 的 committees），请核对编号。"));
        int wantedYear = arguments.year(year);
        Integer wantedMonth = arguments.month(month);
        LocalDate asOf = CommitteeProgress.asOf(wantedYear, wantedMonth, arguments.today());
        if (asOf == null) {
            throw new AdminProblem(HttpStatus.BAD_REQUEST, (wantedMonth == null ? wantedYear + "年"
                    : Chinese.yearMonth(wantedYear, wantedMonth)) + "尚未开始，暂无进度可查。");
        }
        return progress.board(committee, asOf);
    }

    /** JSON unless the Accept header's first choice by quality is PNG or CSV; none of the three: 406. */
    private static MediaType chosen(String accept) {
        if (accept == null || accept.isBlank()) {
            return MediaType.APPLICATION_JSON;
        }
        List<MediaType> offered = List.of(MediaType.APPLICATION_JSON, Csv.TYPE, MediaType.IMAGE_PNG);
        List<MediaType> types;
        try {
            types = MediaType.parseMediaTypes(accept);
        }
        catch (InvalidMediaTypeException e) {
            throw new AdminProblem(HttpStatus.NOT_ACCEPTABLE, REFUSAL);
        }
        return types.stream().filter(t -> t.getQualityValue() > 0)
                .sorted(Comparator.comparingDouble(MediaType::getQualityValue).reversed())
                .flatMap(t -> offered.stream().filter(t::includes).limit(1))
                .findFirst().orElseThrow(() -> new AdminProblem(HttpStatus.NOT_ACCEPTABLE, REFUSAL));
    }

    private static ResponseEntity<byte[]> picture(Board board) {
        byte[] png = HeatMap.png(board).orElseThrow(() -> new AdminProblem(HttpStatus.SERVICE_UNAVAILABLE,
                "本机未安装中文字体（如 fonts-noto-cjk），无法绘制热力图；请改用 JSON 或 CSV。"));
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(png);
    }

    private static BoardView view(Board board) {
        List<BranchView> standings = board.standings().stream().map(s -> new BranchView(s.branch().id(),
                s.branch().name(), s.behind(), keys(s.lacksThisMonth()), keys(s.lacksThisQuarter()),
                keys(s.lacksThisYear()), s.year().items().stream().map(i -> state(s, i)).toList())).toList();
        return new BoardView(board.committee().id(), board.committee().name(), board.asOf(),
                board.standings().size(), board.behind().size(), standings);
    }

    private static ObligationState state(Standing standing, Progress.Item item) {
        return new ObligationState(item.activity().key(), item.activity().name(), item.cadence().key(),
                item.required(), item.done(), item.missing().stream().map(Period::label).toList(),
                standing.state(item.activity()).name().toLowerCase(java.util.Locale.ROOT));
    }

    private static List<String> keys(List<Activity> activities) {
        return activities.stream().map(Activity::key).toList();
    }

    /** One row per branch and obligation the committee's branches owe, in the heat map's order. */
    private static byte[] csv(Board board) {
        List<List<String>> rows = new ArrayList<>();
        for (Standing standing : board.standings()) {
            for (Activity activity : board.obligations()) {
                Progress.Item item = standing.year().items().stream()
                        .filter(i -> i.activity().key().equals(activity.key())).findFirst().orElse(null);
                rows.add(List.of(standing.branch().id(), standing.branch().name(), Integer.toString(standing.behind()),
                        activity.key(), activity.name(), item == null ? "" : item.cadence().key(),
                        item == null ? "" : Integer.toString(item.required()),
                        item == null ? "" : Long.toString(item.done()),
                        item == null ? "" : Period.labels(item.missing()),
                        standing.state(activity).chinese()));
            }
        }
        return Csv.of(List.of("branch", "name", "behind", "activity", "activityName", "cadence", "required", "done",
                "missing", "state"), rows);
    }
}
