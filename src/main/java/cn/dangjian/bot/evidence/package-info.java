/**
 * Evidence: the photos, sign-in sheets and minutes members send in chat, kept with the record they prove, and the
 * year's 台账 built from them. {@link cn.dangjian.bot.evidence.EvidenceDesk} decides where a file goes,
 * {@link cn.dangjian.bot.evidence.Intake} fetches and checks it, {@link cn.dangjian.bot.evidence.Blobs} keeps its bytes
 * by SHA-256 (a directory or an S3-compatible store), {@link cn.dangjian.bot.evidence.EvidenceStore} keeps which record
 * holds which file, in Redis.
 */
package cn.dangjian.bot.evidence;
