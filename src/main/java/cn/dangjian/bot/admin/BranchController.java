package cn.dangjian.bot.admin;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import cn.dangjian.bot.branch.Branch;
import cn.dangjian.bot.branch.Shape;
import cn.dangjian.bot.branch.Shapes;

/**
 * {@code GET /api/v1/branches/{branchId}}: the branch as the bot counts it: its kind, members, since, its effective
 * shape (支委会, 党小组) with where each part comes from ({@code config}, {@code chat} with who answered and when, or
 * {@code unknown}), and the calendar of obligations that follows.
 */
@RestController
class BranchController {

    /** One part of the shape: {@code has} null while unknown. */
    record SettingView(Boolean has, String source, String answeredBy, Instant answeredAt) {
    }

    record BranchView(String id, String name, String kind, Integer memberCount, LocalDate since,
            Map<String, SettingView> shape, Map<String, String> obligations) {
    }

    private final AdminArguments arguments;
    private final Shapes shapes;

    BranchController(AdminArguments arguments, Shapes shapes) {
        this.arguments = arguments;
        this.shapes = shapes;
    }

    @GetMapping("/api/v1/branches/{branchId}")
    BranchView branch(@PathVariable String branchId) {
        Branch branch = shapes.effective(arguments.branch(branchId));
        Map<String, SettingView> shape = new LinkedHashMap<>();
        for (Shape.Subject subject : Shape.Subject.values()) {
            Shape.Setting s = branch.profile().shape().of(subject);
            shape.put(subject.key(), new SettingView(s.has(), s.source().name().toLowerCase(Locale.ROOT),
                    s.answeredBy(), s.answeredAt()));
        }
        Map<String, String> obligations = new TreeMap<>();
        branch.obligations().forEach((key, cadence) -> obligations.put(key, cadence.key()));
        return new BranchView(branch.id(), branch.name(), branch.profile().kind(), branch.memberCount(),
                branch.profile().since(), shape, obligations);
    }
}
