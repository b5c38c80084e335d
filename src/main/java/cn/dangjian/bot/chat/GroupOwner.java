package cn.dangjian.bot.chat;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A feature that owns DingTalk groups which belong to no branch (a party committee's group): the conversation hands it
 * every message of a group without a branch before anything else reads it, and the owner answers those of its own
 * groups. Roles there are the owner's to check.
 */
public interface GroupOwner {

    /** The answer, or empty when the group is not one of the owner's. */
    Optional<Reply> answer(InboundMessage message, LocalDate today);
}
