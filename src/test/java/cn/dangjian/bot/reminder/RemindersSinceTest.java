package cn.dangjian.bot.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.dangjian.bot.activity.Beginning;
import cn.dangjian.bot.branch.Branch;

/**
 * A branch that began logging with the bot on a day ({@code since}, else its first record) is not caught up on
 * reminders that fell due before it: the months before are work not recorded, not work missed, as the drafts count
 * them.
 */
class RemindersSinceTest {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    static Branch since(LocalDate since) {
        return new Branch("b", "测试党支部", List.of("cid"), List.of("sec"), List.of(), Map.of(), null, null,
                new Branch.Profile("", true, false, List.of(), since));
    }

    static final ZonedDateTime MARCH_25 = ZonedDateTime.of(2026, 3, 25, 9, 5, 0, 0, CHINA);
    /** No record this year nor last: as the drafts read it, the branch has kept its records all year. */
    static final Beginning NOTHING_YET = new Beginning(false, null, null);

    @Test
    void aReminderThatFellDueBeforeTheBranchBeganIsNotCaughtUp() {
        assertThat(Reminders.firedBeforeItBegan(since(LocalDate.of(2026, 3, 26)), NOTHING_YET, MARCH_25)).isTrue();
        assertThat(Reminders.firedBeforeItBegan(since(LocalDate.of(2026, 3, 25)), NOTHING_YET, MARCH_25)).isFalse();
        assertThat(Reminders.firedBeforeItBegan(since(LocalDate.of(2026, 1, 1)), NOTHING_YET, MARCH_25)).isFalse();
        // without since and without records, the branch has kept its records as long as the bot has run
        assertThat(Reminders.firedBeforeItBegan(since(null), NOTHING_YET, MARCH_25)).isFalse();
    }

    @Test
    void withoutSinceTheBranchBeganWithItsFirstRecordAsItsDraftsCountIt() {
        // first logged on 26 March (of work in February): March's reminder of the 25th is not caught up
        Beginning loggedOn26 = new Beginning(false, LocalDate.of(2026, 3, 26), LocalDate.of(2026, 2, 10));
        assertThat(Reminders.firedBeforeItBegan(since(null), loggedOn26, MARCH_25)).isTrue();
        assertThat(loggedOn26.firstMonth(2026, null)).as("the drafts agree: March is its first month").isEqualTo(3);
        // first logged before the reminder fell due: it is sent
        Beginning loggedOn2 = new Beginning(false, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2));
        assertThat(Reminders.firedBeforeItBegan(since(null), loggedOn2, MARCH_25)).isFalse();
        // records last year: it has kept them all year, whenever this year's first came
        assertThat(Reminders.firedBeforeItBegan(since(null), new Beginning(true, LocalDate.of(2026, 3, 26), null),
                MARCH_25)).isFalse();
        // a new since in branches.yml wins over the first record
        assertThat(Reminders.firedBeforeItBegan(since(LocalDate.of(2026, 3, 1)), loggedOn26, MARCH_25)).isFalse();
    }
}
