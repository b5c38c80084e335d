package cn.dangjian.bot.chat;

import cn.dangjian.bot.branch.Role;
import cn.dangjian.bot.redis.BranchKeys;

/** The conversation's fixed sentences, in one place so that their tone stays the same. */
final class Texts {

    private Texts() {
    }

    static final String GROUP_NOT_BOUND = "本群尚未绑定党支部，暂不能记录。请组织管理员在本群发送“绑定 支部名称”（或支部编号）完成绑定，"
            + "也可由管理员在 bot-config/branches.yml 中配置本群。";

    static final String PERSON_WITHOUT_BRANCH = "暂未确定您所在的党支部。请先在本支部的钉钉群中@我发送一条消息，"
            + "或请管理员在 bot-config/branches.yml 中登记您的账号。";

    /**
     * Whatever failed, the message may have been stored: a Redis command that timed out still runs when Redis
     * resumes. A resend of the same content is not stored twice, but the member should look before sending again.
     */
    static final String FAILED = "抱歉，系统暂时未能完成处理，这条消息可能已保存。请稍后发送“记录”查看，勿重复发送。";

    /** A message whose sender, group or msgId cannot name a key: nothing of it is read or kept. */
    static final String BAD_ID = "本条消息未作处理，也未记录任何内容：消息的发送人、会话或消息编号不符合要求（应为不超过"
            + BranchKeys.MAX_ID_LENGTH + "个字符的单行文字）。如属正常使用，请联系组织管理员核查。";

    static final String TOO_LONG = "消息过长（超过" + Conversation.MAX_TEXT + "字），未作处理。请分条发送，每条说明一项或几项活动，"
            + "例如“3月15日召开支委会，7人参加”。";

    /** The generic refusal of a command to a sender without its role (a handler may word its own). */
    static String refusal(Role required) {
        return switch (required) {
            case MEMBER -> throw new IllegalArgumentException("every sender is a member");
            case SECRETARY -> "抱歉，此项操作需由支部书记或组织管理员进行。如有需要，请联系本支部书记。";
            case ADMIN -> "抱歉，此项操作需由组织管理员进行。如有需要，请联系组织管理员。";
        };
    }

    static final String HELP = """
            #### 党建助手使用说明
            **记录活动**：直接@我说明开展的活动，我会记下日期、次数、人数和主题。例如：
            - 3月15日召开支委会，7人参加
            - 昨天讲党课，主题《牢记初心使命》，18人参加
            - 主题党日 已开展
            - 收缴党费 3200元

            只记录已经开展的活动：计划、通知和取消的活动不作记录；没说清是否已开展时，我会先问您，回复“是”即记录。

            **常用命令**：
            - 记录 / 本月记录：查看最近的记录及编号
            - 撤销：撤销本人最近一条记录；撤销 #12：撤销指定记录（支部书记可撤销本支部任一记录）
            - 进度 / 本季度进度 / 全年进度：查看“三会一课”等规定动作完成情况
            - 生成2026年度述职报告 / 年度总结：支部书记生成年度报告初稿
            - 暂停提醒 / 恢复提醒 / 提醒设置：支部书记管理每月提醒
            - 支部设置：查看本支部是否设有支委会、党小组；支部书记可发送“本支部设有党小组”“我们没有支委会”等更正
            - 年度关账 2026：支部书记在年底关账，终稿存档，该年度记录不再变动；查看2026年度述职报告：获取存档终稿
            - 绑定 支部名称：组织管理员将本群绑定到党支部""";
}
