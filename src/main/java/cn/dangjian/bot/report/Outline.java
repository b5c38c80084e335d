package cn.dangjian.bot.report;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The themed parts of 履职情况 in the order the reports of {@code shared/seeds} tell them, and the points each part is
 * made of: which catalogue activities feed which 一是、二是. Templates word each point by its key. An activity the
 * catalogue gains later and this outline does not name still reaches the draft, as the {@code other} point of the
 * part its catalogue {@code section} names.
 */
final class Outline {

    /** A point of a part and the activities that feed it, in the order a sentence names them. */
    record PointSpec(String key, List<String> activities) {
    }

    /** A themed part: {@code key} is a catalogue section, or {@code rectification}, which reports tell apart. */
    record Theme(String key, List<PointSpec> points) {
    }

    static final String OTHER = "other";

    static final List<Theme> THEMES = List.of(
            new Theme("responsibility", List.of(
                    point("planning", "party_building_meeting", "strict_governance_meeting"),
                    point("supervision", "supervision_check"),
                    point("ideology", "ideology_study"))),
            new Theme("theory", List.of(
                    point("study", "central_group_study", "collective_study", "seminar"),
                    point("training", "reading_class", "expert_lecture", "knowledge_test"),
                    point("red_education", "red_education", "oath_review"),
                    point("study_notes", "study_notes"))),
            new Theme("organization", List.of(
                    point("meetings", "branch_member_meeting", "branch_committee_meeting", "party_group_meeting",
                            "party_lecture"),
                    point("theme_day", "theme_party_day"),
                    point("political_life", "organizational_life_meeting", "democratic_evaluation",
                            "heart_to_heart_talk"),
                    point("election", "committee_election"),
                    point("development", "activist_training", "development_target", "new_member",
                            "full_membership"),
                    point("education", "member_training", "political_birthday", "care_visit"),
                    point("dues", "dues_collection"),
                    point("commendation", "commendation"))),
            new Theme("integrity", List.of(
                    point("warning", "warning_education", "integrity_lecture"),
                    point("reminders", "integrity_talk", "commitment_letter"))),
            new Theme("service", List.of(
                    point("deeds", "practical_deed"),
                    point("volunteer", "volunteer_service"),
                    point("research", "field_research", "research_report"),
                    point("publicity", "publicity_article"))),
            new Theme("rectification", List.of(
                    point("rectification", "rectification"))));

    /** 三会一课: the meetings and lecture of 《支部工作条例》 that a report counts together. */
    static final List<String> THREE_MEETINGS = List.of("branch_member_meeting", "branch_committee_meeting",
            "party_group_meeting", "party_lecture");

    static final List<String> CHART = List.of("branch_member_meeting", "branch_committee_meeting",
            "party_group_meeting", "party_lecture", "theme_party_day");

    static final String THEME_DAY = "theme_party_day";
    static final String DUES = "dues_collection";

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
