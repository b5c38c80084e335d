package cn.dangjian.bot.activity;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a member said the branch did, before it is stored: the facts the parser understood. Absent facts are null;
 * {@code count} defaults to 1.
 */
public record Entry(String activity, LocalDate date, int count, Integer participants, String topic, BigDecimal amount) {
}
