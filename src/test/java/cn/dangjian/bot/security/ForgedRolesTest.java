package cn.dangjian.bot.security;

import static cn.dangjian.bot.DingTalkCallbacks.Sender.ADMIN;
import static cn.dangjian.bot.DingTalkCallbacks.Sender.MEMBER;
import static cn.dangjian.bot.DingTalkCallbacks.Sender.OTHER_MEMBER;
import static cn.dangjian.bot.DingTalkCallbacks.Sender.SECRETARY;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.dangjian.bot.ChatTest;
import cn.dangjian.bot.DingTalkCallbacks;
import cn.dangjian.bot.DingTalkCallbacks.Sender;
import cn.dangjian.bot.branch.BranchDirectory;

/**
 * Issue 11, “isAdmin in the body is trusted”: a member who sets {@code isAdmin: true} in a callback (the body is not
 * signed) gains nothing; roles come from bot-config/branches.yml only, and the conversation checks the role a
 * command's handler declares before the handler runs.
 */
class ForgedRolesTest extends ChatTest {

    /** member01 as a forger sends them: the body says organisation admin. */
    static final Sender FORGER = new Sender(MEMBER.staffId(), MEMBER.nick(), true, MEMBER.conversationId(), true);
    /** The configured organisation admin, whose callbacks say isAdmin false: the file decides, not the body. */
    static final Sender ADMIN_PER_FILE = new Sender(ADMIN.staffId(), ADMIN.nick(), false, ADMIN.conversationId(), true);

    @Autowired
    BranchDirectory directory;

    @Test
    void aForgedIsAdminDoesNotUndoAnotherMembersRecord() {
        String other = dingtalk.say(OTHER_MEMBER, "3月3日 党小组会");
        long othersId = Long.parseLong(other.substring(other.lastIndexOf('#') + 1));

        assertThat(dingtalk.say(FORGER, "撤销 #" + othersId)).contains("只有登记人本人或支部书记可以撤销");

        assertThat(store.year("demo", 2026)).singleElement().satisfies(r -> assertThat(r.id()).isEqualTo(othersId));
    }

    @Test
    void aForgedIsAdminDoesNotBindAGroup() {
        Sender forger = FORGER.in("cidForgedGroup");

        assertThat(dingtalk.say(forger, "绑定 机关第一党支部")).isEqualTo("只有组织管理员可以将本群绑定到党支部。");

        assertThat(directory.forGroup("cidForgedGroup")).isEmpty();
        assertThat(dingtalk.say(forger, "主题党日 已开展")).contains("尚未绑定党支部");
    }

    @Test
    void anAdminListedInBranchesYmlBindsWhateverTheBodySays() {
        assertThat(dingtalk.say(ADMIN_PER_FILE.in("cidNewGroup"), "绑定 demo")).startsWith("已将本群绑定到机关第一党支部");

        assertThat(directory.forGroup("cidNewGroup")).hasValueSatisfying(b -> assertThat(b.id()).isEqualTo("demo"));
    }

    @Test
    void aForgedIsAdminDoesNotPauseRemindersNorGetADraft() {
        assertThat(dingtalk.say(FORGER, "暂停提醒")).contains("需由支部书记或组织管理员操作");
        assertThat(dingtalk.say(FORGER, "提醒设置")).contains("提醒设置").doesNotContain("已暂停");
        assertThat(dingtalk.say(FORGER, "生成2025年度述职报告")).contains("由支部书记或组织管理员生成");

        assertThat(redis.keys("dj:{demo}:draft:*")).isEmpty();
        assertThat(redis.keys("*pause*")).isEmpty();
    }

    @Test
    void theSecretaryAndTheConfiguredAdminMayWhatAMemberMayNot() {
        String other = dingtalk.say(OTHER_MEMBER, "3月3日 党小组会");
        long othersId = Long.parseLong(other.substring(other.lastIndexOf('#') + 1));

        assertThat(dingtalk.say(ADMIN_PER_FILE, "撤销 #" + othersId)).startsWith("已撤销 #" + othersId);
        assertThat(dingtalk.say(SECRETARY, "暂停提醒")).startsWith("已暂停本支部的组织生活提醒");
        assertThat(store.year("demo", 2026)).isEmpty();
    }
}
