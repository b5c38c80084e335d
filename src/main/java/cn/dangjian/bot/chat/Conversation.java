package cn.dangjian.bot.chat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import cn.dangjian.bot.branch.Branch;
import cn.dangjian.bot.branch.BranchDirectory;
import cn.dangjian.bot.branch.Branches;
import cn.dangjian.bot.command.Command;
import cn.dangjian.bot.command.Parser;
import cn.dangjian.bot.metrics.BotMetrics;
import cn.dangjian.bot.question.Question;
import cn.dangjian.bot.question.Questions;
import cn.dangjian.bot.redis.BranchKeys;
import cn.dangjian.bot.redis.RoundTrip;
import cn.dangjian.bot.unrecognised.UnrecognisedMessage;
import cn.dangjian.bot.unrecognised.UnrecognisedMessages;

/**
 * The conversation core every transport feeds (HTTP callback, Stream, the local emulator): find the branch and the
 * sender's role (from bot-config, never from the message), parse, check the branch and the role the command's handler
 * declares, hand the command to its handler. An answer marked unrecognised (the message stored nothing and was not
 * chit-chat) is kept, with the message, in the branch's {@link UnrecognisedMessages}.
 * <p>
 * DingTalk may deliver a message again. Handlers that change something are idempotent per msgId: the store keeps the
 * outcome of a msgId for a day (a redelivered log or undo changes nothing and is answered from that outcome), a draft
 * request and a reminder pause are remembered the same way, a binding is the same twice; the rest only read. So a
 * redelivery costs no extra Redis round trip on the hot path, and gets the same answer.
 */
@Component
public class Conversation {

    private static final Logger log = LoggerFactory.getLogger(Conversation.class);

    private final Parser parser;
    private final BranchDirectory directory;
    private final Branches branches;
    private final Clock clock;
    private final BotMetrics metrics;
    private final Questions questions;
    private final UnrecognisedMessages unrecognised;
    private final Map<Class<?>, CommandHandler<?>> handlers = new HashMap<>();
    /** The outcome tag of each command type (log, show_progress, …), named once rather than on every message. */
    private final Map<Class<?>, String> outcomes = new HashMap<>();
    private final List<CommandGate> gates;
    private final Attachments attachments;
    private final List<GroupOwner> owners;
    private final List<Afterword> afterwords;

    /** Characters of a message the bot reads: a few activities take a line each, not pages. */
    static final int MAX_TEXT = 2000;

    public Conversation(Parser parser, BranchDirectory directory, Branches branches, Clock clock,
            BotMetrics metrics, Questions questions, UnrecognisedMessages unrecognised,
            List<CommandHandler<?>> handlers, List<CommandGate> gates, Attachments attachments,
            List<GroupOwner> owners, List<Afterword> afterwords) {
        this.parser = parser;
        this.afterwords = List.copyOf(afterwords);
        this.attachments = attachments;
        this.gates = List.copyOf(gates);
        this.owners = List.copyOf(owners);
        this.directory = directory;
        this.branches = branches;
        this.clock = clock;
        this.metrics = metrics;
        this.questions = questions;
        this.unrecognised = unrecognised;
        for (CommandHandler<?> handler : handlers) {
            if (this.handlers.put(handler.command(), handler) != null) {
                throw new IllegalStateException("two handlers for " + handler.command().getSimpleName());
            }
        }
        for (Class<?> type : Command.class.getPermittedSubclasses()) {
            if (!this.handlers.containsKey(type)) {
                throw new IllegalStateException("no handler for command " + type.getSimpleName());
            }
            outcomes.put(type, type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT));
        }
    }

    public Reply handle(InboundMessage message) {
        return handle(message, null);
    }

    /**
     * Puts in {@code trip} what answering {@code message} reads first, the sender's pending question, when bot-config
     * alone names the message's branch; null when only Redis knows the branch (a group bound by message, a person the
     * file does not name), and the question is read once the branch is found. The webhook sends this read with the
     * callback's sign claim, keys no script may share on a cluster: one round trip for both, so that a stored
     * message costs Redis two round trips instead of three.
     */
    Questions.ReadAhead readAhead(InboundMessage message, RoundTrip trip) {
        if (!validIds(message)) {
            return null;
        }
        return directory.configured(message.group(), message.conversationId(), message.senderStaffId())
                .map(branch -> questions.open(trip, branch.id(), message.senderStaffId(), message.msgId()))
                .orElse(null);
    }

    /** {@link #handle(InboundMessage)} with the sender's question already read ({@link #readAhead}), or null. */
    Reply handle(InboundMessage message, Questions.ReadAhead ahead) {
        metrics.messageReceived();
        if (!validIds(message)) {
            // each becomes part of a Redis key: refused before anything is read or written, never cut (two cut ids
            // would share a key)
            log.warn("msg {} refused: an id is empty, longer than {} characters or not one line (sender {}, "
                    + "conversation {})", LogText.of(message.msgId()), BranchKeys.MAX_ID_LENGTH,
                    LogText.of(message.senderStaffId()), LogText.of(message.conversationId()));
            return Reply.text(Texts.BAD_ID);
        }
        Optional<Reply> withoutWords = NonTextReplies.withoutWords(message);
        if (withoutWords.isPresent() && !message.carriesFiles()) {
            return withoutWords.get();
        }
        String text = message.text();
        if (text != null && text.length() > MAX_TEXT && text.codePointCount(0, text.length()) > MAX_TEXT) {
            return Reply.text(Texts.TOO_LONG);
        }
        try {
            return NonTextReplies.annotated(message, answer(message, ahead));
        }
        catch (RuntimeException e) {
            log.error("msg {} could not be handled", message.msgId(), e);
            return Reply.text(Texts.FAILED);
        }
    }

    private static boolean validIds(InboundMessage message) {
        return BranchKeys.isKeyId(message.msgId()) && BranchKeys.isKeyId(message.senderStaffId())
                && BranchKeys.isKeyId(message.conversationId());
    }

    private Reply answer(InboundMessage message, Questions.ReadAhead ahead) {
        LocalDate today = LocalDate.now(clock);
        Branch branch = branchOf(message);
        if (branch == null && message.group()) {
            for (GroupOwner owner : owners) {
                Optional<Reply> answer = owner.answer(message, today);
                if (answer.isPresent()) {
                    return answer.get();
                }
            }
        }
        Turn turn = new Turn(message, branch, branches.roleOf(branch, message.senderStaffId()), today);
        if (branch != null) {
            Optional<Reply> aboutFiles = attachments.before(turn);
            if (aboutFiles.isPresent()) {
                return aboutFiles.get();
            }
        }
        else if (message.carriesFiles() && NonTextReplies.withoutWords(message).isPresent()) {
            return NonTextReplies.withoutWords(message).get();
        }
        Optional<Question> question = branch == null ? Optional.empty()
                // read ahead in the branch bot-config names, which branchOf finds too; compared all the same, as
                // another branch's question must never steer a message
                : ahead != null && ahead.branchId().equals(branch.id()) ? ahead.question()
                : questions.open(branch.id(), message.senderStaffId(), message.msgId());
        Command command = parser.parse(message.text() == null ? "" : message.text(), today, branch,
                question.orElse(null));
        metrics.understood(outcome(command));
        if (question.isPresent() && !(command instanceof Command.AnswerQuestion || command instanceof Command.Ask
                || command instanceof Command.Choose || command instanceof Command.Log)) {
            // a question the bot asked is answered by the next message or not at all; a new question replaces it; a
            // log closes it in the store's own script (LogHandler), one round trip for the branch rather than two
            questions.drop(branch.id(), message.senderStaffId());
        }
        if (branch != null) {
            for (CommandGate gate : gates) {
                command = gate.admit(command, turn);
            }
        }
        CommandHandler<?> handler = handlers.get(command.getClass());
        if (handler.needsBranch() && branch == null) {
            return Reply.text(message.group() ? Texts.GROUP_NOT_BOUND : Texts.PERSON_WITHOUT_BRANCH);
        }
        log.debug("msg {} from {} ({}) in {}: {}", message.msgId(), message.senderStaffId(), turn.role(),
                branch == null ? "-" : branch.id(), command.getClass().getSimpleName());
        Reply reply = dispatch(handler, command, turn);
        if (branch != null && message.carriesFiles()) {
            reply = attachments.after(turn, reply);
        }
        if (branch != null) {
            for (Afterword afterword : afterwords) {
                reply = afterword.after(command, turn, reply);
            }
        }
        if (reply.unrecognised() && branch != null) {
            unrecognised.keep(new UnrecognisedMessage(branch.id(), message.msgId(), clock.instant(),
                    message.senderStaffId(), message.senderNick(), message.msgType(), message.text(), reply.text()));
        }
        return reply;
    }

    private String outcome(Command command) {
        if (command instanceof Command.Noted noted) {
            return noted.act().name().toLowerCase(Locale.ROOT);
        }
        return outcomes.get(command.getClass());
    }

    /** The one place a command's role is checked: a sender without it is refused before the handler runs. */
    @SuppressWarnings("unchecked")
    private static <C extends Command> Reply dispatch(CommandHandler<C> handler, Command command, Turn turn) {
        C typed = (C) command;
        if (!turn.role().covers(handler.required(typed))) {
            log.info("msg {}: {} refused to {} ({} required)", turn.message().msgId(),
                    command.getClass().getSimpleName(), turn.message().senderStaffId(), handler.required(typed));
            return Reply.text(handler.refusal(typed));
        }
        return handler.handle(typed, turn);
    }

    private Branch branchOf(InboundMessage message) {
        if (message.group()) {
            Optional<Branch> branch = directory.forGroup(message.conversationId());
            branch.filter(b -> branches.ofPerson(message.senderStaffId()).isEmpty())
                    .ifPresent(b -> directory.remember(message.senderStaffId(), b));
            return branch.orElse(null);
        }
        return directory.forPerson(message.senderStaffId()).orElse(null);
    }
}
