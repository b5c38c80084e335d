package cn.dangjian.bot.year;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import cn.dangjian.bot.activity.Activity;
import cn.dangjian.bot.activity.ActivityStore;
import cn.dangjian.bot.activity.Catalogue;
import cn.dangjian.bot.activity.Tally;
import cn.dangjian.bot.branch.Branch;
import cn.dangjian.bot.branch.Role;
import cn.dangjian.bot.chat.CommandHandler;
import cn.dangjian.bot.chat.InboundMessage;
import cn.dangjian.bot.chat.Reply;
import cn.dangjian.bot.chat.Turn;
import cn.dangjian.bot.chinese.Chinese;
import cn.dangjian.bot.command.Command;

/**
 * 年度关账 2026: a secretary or an organisation admin closes the branch's year, from 1 December of that year on; the
 * answer states the year's final counts, and both final drafts are archived. Idempotent per msgId: a redelivery is
 * answered as the first time.
 */
@Component
class CloseYearHandler implements CommandHandler<Command.CloseYear> {

    private static final Logger log = LoggerFactory.getLogger(CloseYearHandler.class);

    private final YearBook book;
    private final DraftArchive archive;
    private final ActivityStore store;
    private final Catalogue catalogue;
    private final Clock clock;

    CloseYearHandler(YearBook book, DraftArchive archive, ActivityStore store, Catalogue catalogue, Clock clock) {
        this.book = book;
        this.archive = archive;
        this.store = store;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    @Override
    public Class<Command.CloseYear> command() {
        return Command.CloseYear.class;
    }

    @Override
    public Role required(Command.CloseYear command) {
        return Role.SECRETARY;
    }

    @Override
    public String refusal(Command.CloseYear command) {
        return "年度关账需由支部书记或组织管理员操作。如有需要，请联系本支部书记。";
    }

    @Override
    public Reply handle(Command.CloseYear command, Turn turn) {
        int year = command.year();
        if (year > turn.today().getYear()) {
            return Reply.text(year + "年度尚未开始，无法关账。");
        }
        if (year == turn.today().getYear() && turn.today().getMonthValue() < 12) {
            return Reply.text(year + "年度尚未结束。年度关账自12月1日起方可进行；关账后，该年度的记录不能再新增、撤销或修改。");
        }
        Branch branch = turn.branch();
        InboundMessage m = turn.message();
        YearBook.Change change = book.close(branch.id(), year, m.senderStaffId(), m.senderNick(), clock.instant(),
                m.msgId());
        if (change == YearBook.Change.ALREADY) {
            return Reply.text(YearWords.closed(book.status(branch.id(), year), clock.getZone()) + "，无需重复操作。发送“查看"
                    + year + "年度述职报告”可获取存档的终稿。");
        }
        boolean archived = change == YearBook.Change.AGAIN && archive.archivedAt(branch.id(), year).isPresent()
                || archive(branch, year);
        String title = branch.name() + year + "年度已关账";
        StringBuilder text = new StringBuilder("#### ").append(title).append("\n\n")
                .append(counts(store.tally(branch.id(), year))).append("\n\n关账后，").append(year)
                .append("年度的记录不能再新增、撤销或修改。");
        text.append(archived ? "述职报告和党建工作总结的终稿已存档，发送“查看" + year + "年度述职报告”或“查看" + year
                + "年度工作总结”可获取。" : "终稿存档暂未成功，发送“查看" + year + "年度述职报告”时将重新存档。");
        text.append("如需更正，请组织管理员发送“重新开放").append(year).append("年度 原因：…”。");
        return Reply.markdown(title, text.toString());
    }

    /** Archives the final drafts; a failure leaves the year closed, and the archive is made when first asked for. */
    private boolean archive(Branch branch, int year) {
        try {
            archive.archive(branch, year);
            return true;
        }
        catch (RuntimeException e) {
            log.error("The final drafts of {} for branch {} could not be archived", year, branch.id(), e);
            return false;
        }
    }

    /** 全年登记：支部委员会会议12次、主题党日12次、党费收缴38,400元。 */
    private String counts(Tally tally) {
        StringBuilder text = new StringBuilder();
        for (Activity activity : catalogue.all()) {
            long count = tally.count(activity.key());
            if (count == 0) {
                continue;
            }
            text.append(text.length() == 0 ? "" : "、").append(activity.name());
            if (activity.countsMoney()) {
                text.append(Chinese.money(tally.amount(activity.key())));
            }
            else {
                text.append(count).append(activity.unit());
            }
        }
        return text.length() == 0 ? "全年没有登记任何活动。" : "全年登记：" + text + "。";
    }
}
