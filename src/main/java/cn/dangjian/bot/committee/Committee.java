package cn.dangjian.bot.committee;

import java.util.List;

/**
 * A 党委 or 党总支 as {@code committees:} of {@code bot-config/branches.yml} describes it.
 *
 * @param parent        the committee above it (a 党总支's 党委), or null at the top
 * @param conversations the openConversationIds of the committee's own DingTalk groups (its 组织部, 组织委员 …)
 * @param admins        staffIds of its admins: they see its branches' progress and act as organisation admins in
 *                      every branch beneath it, and nowhere else
 */
public record Committee(String id, String name, String parent, List<String> conversations, List<String> admins) {

    public Committee {
        conversations = List.copyOf(conversations);
        admins = List.copyOf(admins);
    }
}
