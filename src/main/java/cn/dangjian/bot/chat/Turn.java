package cn.dangjian.bot.chat;

import java.time.LocalDate;

import cn.dangjian.bot.branch.Branch;
import cn.dangjian.bot.branch.Role;

/** One message being answered: who says it, in which branch, on which day (in {@code bot.zone}). */
public record Turn(InboundMessage message, Branch branch, Role role, LocalDate today) {
}
