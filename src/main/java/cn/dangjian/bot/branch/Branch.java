package cn.dangjian.bot.branch;

import java.util.List;
import java.util.Map;

import cn.dangjian.bot.activity.Cadence;

/**
 * A 党支部 as {@code bot-config/branches.yml} describes it.
 *
 * @param conversations the openConversationIds of its DingTalk groups
 * @param secretaries   staffIds of its 书记 (and deputies) who may undo any record and ask for drafts
 * @param members       staffIds known to belong to it, so that a 1:1 chat finds their branch
 * @param obligations   the resolved calendar: catalogue defaults, then organisation defaults, then this branch's shape
 * @param memberCount   how many party members the branch has ({@code memberCount} in branches.yml), or null: bounds the
 *                      participants of a log and says how many "全体党员" are
 */
public record Branch(String id, String name, List<String> conversations, List<String> secretaries,
        List<String> members, Map<String, Cadence> obligations, CustomRobot customRobot, Integer memberCount) {

    /** A 自定义机器人 with 加签, for branches that push through a group webhook rather than the app robot. */
    public record CustomRobot(String webhook, String secret) {
    }

    public Branch {
        conversations = List.copyOf(conversations);
        secretaries = List.copyOf(secretaries);
        members = List.copyOf(members);
        obligations = Map.copyOf(obligations);
    }

    /** A branch whose member count is not configured. */
    public Branch(String id, String name, List<String> conversations, List<String> secretaries, List<String> members,
            Map<String, Cadence> obligations, CustomRobot customRobot) {
        this(id, name, conversations, secretaries, members, obligations, customRobot, null);
    }

    public boolean isSecretary(String staffId) {
        return staffId != null && secretaries.contains(staffId);
    }
}
