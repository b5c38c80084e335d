package cn.dangjian.bot.report;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The themed parts of 履职情况 in the order the reports of {@code shared/seeds} tell them, and the points each part is
 * made of: which catalogue activities feed which 一是、二是. Every seed opens with political building and the 主体责任
 * (支委会, 党建专题会议, 意识形态), then 理论武装, 组织建设 (三会一课, 主题党日, 组织生活会, 民主评议, 发展党员, 党费),
 * 党风廉政, and 服务中心与为民办实事. Templates word each point by its key. An activity the catalogue gains later and
 * this outline does not name still reaches the draft, as the {@code other} point of the part its catalogue
 * {@code section} names.
 */
final class Outline {

    /** A point of a part and the activities that feed it, in the order a sentence names them. */
    record PointSpec(String key, List<String> activities) {
    }

    /**
     * A themed part: {@code key} is what templates switch on, {@code section} the catalogue section whose unplaced
     * activities it takes, {@code words} what a highlight about it says (亮点：…); words every highlight may use
     * (支部, 党员) place none.
     */
    record Theme(String key, String section, List<PointSpec> points, List<String> words) {
    }

    static final String OTHER = "other";

    static final List<Theme> THEMES = List.of(
            new Theme("politics", "responsibility", List.of(
                    point("committee", "branch_committee_meeting"),
                    point("planning", "party_building_meeting", "strict_governance_meeting"),
                    point("supervision", "supervision_check"),
                    point("ideology", "ideology_study")),
                    List.of("主体责任", "第一责任", "政治", "第一议题", "意识形态", "党建工作计划", "责任清单")),
            new Theme("theory", "theory", List.of(
                    point("study", "central_group_study", "collective_study", "seminar"),
                    point("training", "reading_class", "expert_lecture", "knowledge_test"),
                    point("red_education", "red_education", "oath_review"),
                    point("study_notes", "study_notes")),
                    List.of("学习", "理论", "读书", "研讨", "宣讲", "党课", "思想")),
            new Theme("organization", "organization", List.of(
                    point("meetings", "branch_member_meeting", "party_group_meeting", "party_lecture"),
                    point("theme_day", "theme_party_day"),
                    point("political_life", "organizational_life_meeting", "democratic_evaluation",
                            "heart_to_heart_talk"),
                    point("election", "committee_election"),
                    point("development", "activist_training", "development_target", "new_member",
                            "full_membership"),
                    point("education", "member_training", "political_birthday", "care_visit"),
                    point("dues", "dues_collection"),
                    point("commendation", "commendation")),
                    List.of("主题党日", "三会一课", "组织生活", "发展党员", "党费", "标准化", "堡垒", "谈心谈话")),
            new Theme("integrity", "integrity", List.of(
                    point("warning", "warning_education", "integrity_lecture"),
                    point("reminders", "integrity_talk", "commitment_letter")),
                    List.of("廉", "纪律", "警示", "作风", "八项规定", "规矩")),
            new Theme("service", "service", List.of(
                    point("deeds", "practical_deed"),
                    point("volunteer", "volunteer_service"),
                    point("research", "field_research", "research_report"),
                    point("publicity", "publicity_article")),
                    List.of("群众", "志愿", "办实事", "服务", "社区", "业务", "中心工作", "民生")),
            new Theme("rectification", "rectification", List.of(
                    point("rectification", "rectification")),
                    List.of("整改")));

    /** 三会一课: the meetings and lecture of 《支部工作条例》 that a report counts together. */
    static final List<String> THREE_MEETINGS = List.of("branch_member_meeting", "branch_committee_meeting",
            "party_group_meeting", "party_lecture");

    /** The rows of the 三会一课 completion table of a 工作总结, when the branch owes them. */
    static final List<String> TABLE = List.of("branch_member_meeting", "branch_committee_meeting",
            "party_group_meeting", "party_lecture", "theme_party_day");

    /**
     * Events that meet an obligation besides its own activity: a 廉政党课 is a 党课 for the 三会一课 (专题党课 and 微党课
     * are logged as 党课 already).
     */
    static final Map<String, List<String>> COUNTS_FOR = Map.of(
            "party_lecture", List.of("party_lecture", "integrity_lecture"));

    static final String COMMITTEE = "branch_committee_meeting";
    static final String THEME_DAY = "theme_party_day";
    static final String DUES = "dues_collection";
    static final String LECTURE = "party_lecture";

    /**
     * What a secretary does as the 第一责任人 and a 述职报告 says as 本人…: meetings the secretary chairs (all of them),
     * and acts the secretary does in person when the secretary logged them (a lecture, talks, research).
     */
    static final Set<String> CHAIRED = Set.of("branch_committee_meeting", "party_building_meeting",
            "strict_governance_meeting", "ideology_study");
    static final Set<String> IN_PERSON = Set.of("party_lecture", "heart_to_heart_talk", "integrity_lecture",
            "integrity_talk", "field_research");
    /** 以普通党员身份参加: the secretary takes part like every member. */
    static final String LIFE_MEETING = "organizational_life_meeting";

    /** Every activity the outline places, so that the rest goes to its section's {@code other} point. */
    static final Map<String, String> PLACED = THEMES.stream()
            .flatMap(t -> t.points().stream())
            .flatMap(p -> p.activities().stream().map(a -> Map.entry(a, p.key())))
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

    private static PointSpec point(String key, String... activities) {
        return new PointSpec(key, List.of(activities));
    }

    private Outline() {
    }
}
