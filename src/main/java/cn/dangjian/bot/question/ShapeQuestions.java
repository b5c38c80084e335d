package cn.dangjian.bot.question;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

import cn.dangjian.bot.activity.Cadence;
import cn.dangjian.bot.branch.Branch;
import cn.dangjian.bot.branch.Role;
import cn.dangjian.bot.branch.Shape;
import cn.dangjian.bot.branch.Shapes;
import cn.dangjian.bot.chat.Afterword;
import cn.dangjian.bot.chat.Reply;
import cn.dangjian.bot.chat.Turn;
import cn.dangjian.bot.chinese.Chinese;
import cn.dangjian.bot.command.Command;
import cn.dangjian.bot.dingtalk.MarkdownText;

/**
 * Where {@code branches.yml} does not say whether a branch has a 支部委员会 or 党小组, the bot asks its secretary in
 * chat rather than assume: after answering a secretary's (or an admin's) message where the shape matters (progress, a
 * draft, records, a log), it adds the question, one subject at a time, at most once a day per branch, and never
 * while another question of the sender is pending. An answer
 * (a tap, 1/2, 是/没有, or 本支部设有党小组 at any time) is stored by {@link Shapes}; the other subject is then asked
 * at once. 支部设置 shows the shape and where each part comes from.
 */
@Component
class ShapeQuestions implements Afterword {

    /**
     * Asks the first subject the stored answers lack, unless the sender has a question pending or the branch was
     * asked on this day (the bot's, in bot.zone): one round trip, one step, so two instances answering at once ask
     * once. KEYS: the shape hash, the marker (the day last asked), the sender's question. ARGV: subject, encoded
     * question (per subject open in the configuration), then today and the question's seconds. Returns the subject's
     * number, or 0.
     */
    private static final RedisScript<Long> ASK = RedisScript.of("""
            if redis.call('EXISTS', KEYS[3]) == 1 then
              return 0
            end
            for i = 1, #ARGV - 2, 2 do
              if redis.call('HEXISTS', KEYS[1], ARGV[i]) == 0 then
                if redis.call('GET', KEYS[2]) == ARGV[#ARGV - 1] then
                  return 0
                end
                redis.call('SET', KEYS[2], ARGV[#ARGV - 1], 'EX', 172800)
                redis.call('SET', KEYS[3], ARGV[i + 1], 'EX', ARGV[#ARGV])
                return (i + 1) / 2
              end
            end
            return 0
            """, Long.class);

    private final Shapes shapes;
    private final Questions questions;
    private final StringRedisTemplate redis;
    private final Clock clock;

    ShapeQuestions(Shapes shapes, Questions questions, StringRedisTemplate redis, Clock clock) {
        this.shapes = shapes;
        this.questions = questions;
        this.redis = redis;
        this.clock = clock;
    }

    @Override
    public Reply after(Command command, Turn turn, Reply reply) {
        List<Shape.Subject> open = turn.branch().profile().shape().unknown();
        if (open.isEmpty() || !turn.role().covers(Role.SECRETARY) || !matters(command)) {
            return reply;
        }
        String sender = turn.message().senderStaffId();
        cn.dangjian.bot.redis.BranchKeys keys = new cn.dangjian.bot.redis.BranchKeys(turn.branch().id());
        List<String> arguments = new ArrayList<>();
        for (Shape.Subject subject : open) {
            arguments.add(subject.key());
            arguments.add(Questions.encode(question(turn, subject)));
        }
        arguments.add(turn.today().toString());
        arguments.add(Long.toString(Question.Kind.BRANCH_SHAPE.keep().toSeconds()));
        Long asked = redis.execute(ASK, List.of(keys.shape(), keys.shapeAsked(), keys.question(sender)),
                arguments.toArray());
        if (asked == null || asked == 0) {
            return reply;
        }
        return besides(reply, text(open.get(asked.intValue() - 1), turn.message().group()));
    }

    /**
     * Where the shape matters to the secretary's next steps: what the branch owes (进度, 提醒设置, a question about an
     * activity), its draft, its records and what they log. Not after a change of their own (暂停提醒, 撤销, 关账…),
     * whose answer says only what changed, nor after an answer to another question.
     */
    private static boolean matters(Command command) {
        return command instanceof Command.ShowProgress || command instanceof Command.Query
                || command instanceof Command.GenerateDraft || command instanceof Command.Log
                || command instanceof Command.ListRecords || command instanceof Command.Help
                || command instanceof Command.Reminders r && r.action() == Command.Reminders.Action.SHOW;
    }

    /**
     * Stores the secretary's answer about {@code subject} and says what follows from it; then asks about the other
     * subject if it is still open. A subject {@code branches.yml} settles is not changed: it always wins.
     */
    Reply answered(Turn turn, Shape.Subject subject, boolean has) {
        Branch branch = turn.branch();
        Shape.Setting configured = branch.profile().shape().of(subject);
        if (configured.source() == Shape.Source.CONFIG) {
            return Reply.text("组织配置中已明确本支部" + (configured.has() ? "设有" : "未设") + subject.chinese()
                    + "，以配置为准，未作更改。如需调整，请联系组织管理员修改支部配置。");
        }
        shapes.answer(branch, subject, has, turn.message().senderStaffId(), turn.message().senderNick(),
                turn.message().msgId(), clock.instant());
        Branch now = shapes.effective(branch);
        String meeting = subject.meetingSaid();
        StringBuilder text = new StringBuilder("已记录：本支部").append(has ? "设有" : "未设").append(subject.chinese())
                .append("。");
        Cadence cadence = now.obligations().getOrDefault(subject.meeting(), Cadence.NONE);
        if (has && cadence != Cadence.NONE) {
            text.append(meeting).append("按").append(cadence.everyChinese()).append("至少一次计入进度、提醒和年度报告。");
        }
        else if (!has) {
            text.append("今后不再提醒召开").append(meeting).append("，进度和年度报告也不将其列为缺项。");
        }
        List<Shape.Subject> still = now.profile().shape().unknown();
        if (still.isEmpty()) {
            return Reply.text(text.append("如有变化，可随时发送“支部设置”查看或更正。").toString());
        }
        questions.ask(branch.id(), turn.message().senderStaffId(), question(turn, still.get(0)));
        return besides(Reply.text(text.toString()), text(still.get(0), turn.message().group()));
    }

    /** 支部设置: each subject, whether the branch has it and where that comes from. */
    Reply show(Turn turn) {
        Branch branch = shapes.effective(turn.branch());
        StringBuilder text = new StringBuilder("#### ").append(MarkdownText.literal(branch.name())).append("支部设置\n");
        for (Shape.Subject subject : Shape.Subject.values()) {
            Shape.Setting setting = branch.profile().shape().of(subject);
            text.append("\n- ").append(subject.chinese()).append("：");
            switch (setting.source()) {
                case CONFIG -> text.append(setting.has() ? "设有" : "未设").append("（组织配置）");
                case CHAT -> text.append(setting.has() ? "设有" : "未设").append("（").append(who(branch, setting))
                        .append(setting.answeredAt() == null ? ""
                                : "于" + Chinese.monthDay(LocalDate.ofInstant(setting.answeredAt(), clock.getZone())))
                        .append("在对话中确认）");
                case UNKNOWN -> text.append("尚未确认（暂不计入").append(subject.meetingSaid()).append("缺项）");
            }
        }
        text.append("\n\n如有变化，请支部书记发送“本支部设有党小组”或“本支部未设党小组”（支委会同样）；组织配置中已明确的，以配置为准。");
        return Reply.markdown(branch.name() + "支部设置", text.toString());
    }

    private static String who(Branch branch, Shape.Setting setting) {
        return branch.profile().people().stream().filter(p -> p.staffId().equals(setting.answeredBy()))
                .map(p -> "书记" + p.name()).findFirst()
                .orElse(branch.isSecretary(setting.answeredBy()) ? "支部书记" : "组织管理员");
    }

    private static Question question(Turn turn, Shape.Subject subject) {
        return Question.branchShape(turn.message().msgId(), subject.key(), answers(subject));
    }

    private static List<String> answers(Shape.Subject subject) {
        return List.of("设有" + subject.said(), "未设" + subject.said());
    }

    private static Reply text(Shape.Subject subject, boolean group) {
        String prompt = subject == Shape.Subject.COMMITTEE
                ? "另请确认：本支部是否设立了支部委员会？（正式党员不足七人的支部不设支委会，由支部书记主持工作。）支部配置中未说明此项，"
                        + "确认后，进度、提醒和年度报告据此统计。"
                : "另请确认：本支部是否设立了党小组？支部配置中未说明此项，确认后，进度、提醒和年度报告据此统计。";
        return QuestionText.shape(prompt, answers(subject), group);
    }

    /** The answer, then the question after a rule. */
    private static Reply besides(Reply reply, Reply question) {
        String first = reply.markdown() ? reply.text() : MarkdownText.literal(reply.text());
        Reply both = Reply.markdown(reply.title() != null ? reply.title() : question.title(),
                first + "\n\n---\n\n" + question.text());
        return reply.unrecognised() ? both.markedUnrecognised() : both;
    }
}
