package cn.dangjian.bot.report;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.dangjian.bot.branch.Role;
import cn.dangjian.bot.chat.CommandHandler;
import cn.dangjian.bot.chat.Reply;
import cn.dangjian.bot.chat.Turn;
import cn.dangjian.bot.command.Command;

/**
 * 亮点：… / 成效：… keeps what the secretary wants the year's draft to say; 亮点 lists them. The year is the one a
 * draft asked for today would be about (the previous one in January and February, when last year's reports are
 * written).
 */
final class HighlightHandlers {

    private HighlightHandlers() {
    }

    @Component
    static final class Add implements CommandHandler<Command.AddHighlight> {

        private final Highlights highlights;

        Add(Highlights highlights) {
            this.highlights = highlights;
        }

        @Override
        public Class<Command.AddHighlight> command() {
            return Command.AddHighlight.class;
        }

        @Override
        public Role required(Command.AddHighlight command) {
            return Role.SECRETARY;
        }

        @Override
        public String refusal(Command.AddHighlight command) {
            return "亮点和成效由支部书记记下，写入年度述职报告和党建工作总结。如有值得写入的工作，请告诉本支部书记。";
        }

        @Override
        public Reply handle(Command.AddHighlight command, Turn turn) {
            int year = command.year() != null ? command.year() : Drafts.defaultYear(turn.today());
            String text = command.text();
            if (text.codePointCount(0, text.length()) > Highlights.MAX_LENGTH) {
                return Reply.text("未记下：亮点请控制在" + Highlights.MAX_LENGTH + "字以内，写明做了什么、取得了什么成效即可。");
            }
            Highlights.Added added = highlights.add(turn.branch().id(), year, text, turn.message().msgId());
            if (added instanceof Highlights.Added.YearFull) {
                return Reply.text("未记下：" + year + "年度已记下" + Highlights.MAX_PER_YEAR + "条亮点，草稿写不下更多了。"
                        + "请发送“亮点”查看已记下的内容。");
            }
            String number = added instanceof Highlights.Added.Kept kept ? "（第" + kept.number() + "条）" : "";
            return Reply.text("已记下" + year + "年度亮点" + number + "：" + text + "\n生成年度述职报告或党建工作总结时将写入草稿；"
                    + "发送“亮点”可查看全部。");
        }
    }

    @Component
    static final class Show implements CommandHandler<Command.ListHighlights> {

        private final Highlights highlights;

        Show(Highlights highlights) {
            this.highlights = highlights;
        }

        @Override
        public Class<Command.ListHighlights> command() {
            return Command.ListHighlights.class;
        }

        @Override
        public Reply handle(Command.ListHighlights command, Turn turn) {
            int year = command.year() != null ? command.year() : Drafts.defaultYear(turn.today());
            List<String> all = highlights.of(turn.branch().id(), year);
            if (all.isEmpty()) {
                return Reply.text(year + "年度尚未记下亮点。书记可随时发送“亮点：……”或“成效：……”，生成年度草稿时将写入。");
            }
            StringBuilder text = new StringBuilder(year + "年度已记下的亮点（" + all.size() + "条）：");
            for (int i = 0; i < all.size(); i++) {
                text.append('\n').append(i + 1).append(". ").append(all.get(i));
            }
            return Reply.text(text.toString());
        }
    }
}
