package cn.dangjian.bot.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.dangjian.bot.branch.Branch;

/**
 * A branch that began logging with the bot on a day ({@code since}) is not caught up on reminders that fell due
 * before it: the months before are work not recorded, not work missed, as the drafts count them.
 */
class RemindersSinceTest {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    static Branch since(LocalDate since) {
        return new Branch("b", "测试党支部", List.of("cid"), List.of("sec"), List.of(), Map.of(), null, null,
                new Branch.Profile("", true, false, List.of(), since));
    }

    @Test
    void aReminderThatFellDueBeforeTheBranchBeganIsNotCaughtUp() {
        ZonedDateTime march25 = ZonedDateTime.of(2026, 3, 25, 9, 5, 0, 0, CHINA);

        assertThat(Reminders.firedBeforeItBegan(since(LocalDate.of(2026, 3, 26)), march25)).isTrue();
        assertThat(Reminders.firedBeforeItBegan(since(LocalDate.of(2026, 3, 25)), march25)).isFalse();
        assertThat(Reminders.firedBeforeItBegan(since(LocalDate.of(2026, 1, 1)), march25)).isFalse();
        // without since, the branch has kept its records as long as the bot has run
        assertThat(Reminders.firedBeforeItBegan(since(null), march25)).isFalse();
    }
}
