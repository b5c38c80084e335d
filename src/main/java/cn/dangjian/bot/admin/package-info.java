/**
 * The admin HTTP API under {@code /api/v1/**}: a branch's records (JSON, or CSV for Excel), its progress against
 * its obligations, and — from other features — drafts and reminders. Every path under {@code /api/v1/} goes through
 * {@link cn.dangjian.bot.admin.AdminTokenFilter} (bearer token {@code bot.admin-token}; the whole API answers 404 when
 * no token is configured), and every refusal is a JSON {@code {"error": "…"}} in Chinese.
 */
package cn.dangjian.bot.admin;
