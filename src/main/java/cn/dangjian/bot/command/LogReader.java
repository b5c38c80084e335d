package cn.dangjian.bot.command;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.dangjian.bot.activity.Activity;
import cn.dangjian.bot.activity.Entry;
import cn.dangjian.bot.question.Answer;
import cn.dangjian.bot.command.ActivityWords.Mention;
import cn.dangjian.bot.command.Facts.Dated;
import cn.dangjian.bot.command.Facts.Stated;
import cn.dangjian.bot.command.Facts.Quantity;

/**
 * Reads a message that names activities: its clauses and what each does ({@link SpeechActs}), which facts belong to
 * which activity, and so what took place, what the bot is unsure of, and what is only planned, asked or called off.
 *
 * <p>A message is cut into clauses at ，。；！？ and line breaks. A fact in a clause that names no activity ("，18人参加")
 * is shared by all the activities of the message; a fact said before the first activity of a clause
 * ("3月15日召开支委会和党员大会") is shared by the activities of that clause; any other fact belongs to the activity it
 * follows, up to the next 和/及/、 ("支委会2次，党员大会1次", "开了2次支委会和1次党员大会"). An activity's own fact wins over
 * a shared one. A message with a single date gives it to every activity. Facts said in a clause that plans, asks or
 * cancels are not shared with the activities that took place ("昨天开了支委会，明天开党员大会，请全体党员参加").
 *
 * <p>An activity named after a held one as its agenda ("开了支委会，研究发展党员工作", "选举产生新一届支部委员会") is what
 * the meeting dealt with, not a second activity: it is not logged and its facts are dropped.
 *
 * <p>Every fact an activity sees is checked ({@link EntryBuilder}); one fact refused refuses the whole message, so nothing is
 * stored from a message the bot did not fully accept.
 */
final class LogReader {

    /** A clause: where it lies, where its agenda begins (its end when it has none), and what it does. */
    record Clause(int start, int end, int agendaFrom, SpeechAct act) {

        /** Whether its facts may describe work done: not when it plans, asks or cancels. */
        boolean reports() {
            return act == SpeechAct.DONE || act == SpeechAct.UNMARKED;
        }
    }

    /** Whom a fact belongs to: one activity, every activity of one clause, or every activity of the message. */
    sealed interface Owner {
    }

    record OfMention(int mention) implements Owner {
    }

    record OfClause(int clause) implements Owner {
    }

    record OfMessage() implements Owner {
    }

    /** A fact with its owner. */
    record Owned(Stated fact, Owner owner, int clause) {
    }

    /** One named activity: where, in which clause, whether it is only the agenda of another, and what is said of it. */
    record Named(Mention mention, int clause, boolean agenda, SpeechAct act, boolean decided) {
    }

    /** What a message says, with the understood parts masked in {@code masked} (same positions as the text). */
    record Reading(MessageText message, String masked, List<Mention> mentions, List<Stated> facts) {

        String text() {
            return message.text();
        }

        /** Whether an activity was named by a slip or by words that resemble it: the bot asks before storing. */
        boolean resembled() {
            return mentions.stream().anyMatch(Mention::resembled);
        }

        /** The member's word a 是 would teach: one resembled mention that names its activity in a teachable word. */
        Command.Teaching teaches() {
            List<Mention> taught = mentions.stream().filter(m -> m.resembled() && m.teaches() != null).toList();
            return taught.size() == 1 ? new Command.Teaching(taught.get(0).teaches(), taught.get(0).activity().key())
                    : null;
        }
    }

    /**
     * What the bot understood: the entries of what took place ({@code done}), the entries it would store but is not
     * sure took place ({@code unsure}), and the activities only planned, asked about or cancelled ({@code aside}).
     */
    record Understanding(List<Entry> done, List<Entry> unsure, List<Aside> aside) {
    }

    /** An activity that is not logged, what is said of it, and when (null when no day is said). */
    record Aside(Activity activity, SpeechAct act, Dated when) {
    }

    private static final String SEPARATORS = ",。;!?\n";
    private static final String SENTENCE_ENDS = "。;!?\n";
    private static final String CONNECTORS = "和及与、并跟&+";
    /** "3月党费": a month named by its number, the month the dues are of. */
    private static final Pattern NAMED_MONTH = Pattern.compile("(?<!\\d)(\\d{1,2})月份?(?![\\d日号])");

    private static final Finder AGENDA_VERB = Finder.of("研究|讨论|审议|部署|通报|听取|酝酿|选举|选出|表决");
    /**
     * What a meeting went through ("审议3月份积极分子考察情况", "传达学习近期文件精神"): a month or a stretch of time said
     * after it is the content's, not the activity's date.
     */
    private static final Finder CONTENT_VERB = Finder.of(
            "研究|讨论|审议|部署|通报|听取|传达|学习|总结|回顾|考察|围绕|分析|对照|结合|谈|安排");
    /** A result the meeting decided: logged besides the meeting ("表决通过了…转正", "研究确定了1名发展对象"). */
    private static final Finder DECIDED = Finder.of("通过|确定|接收|吸收|同意|表决");
    /**
     * Words that name people as well as an activity: after 和/与/连同 they are whom something was done with
     * ("书记和新党员谈了心", "连同入党积极分子一共去了26人"), not the activity.
     */
    private static final Pattern PEOPLE_WORD = Pattern.compile("新党员|(?:入党)?积极分子|发展对象|预备党员|优秀党员");
    private static final Finder COMPANION = Finder.of("(?:和|与|跟|同|给|(?<!评|选|作)为|向|对|连同|包括|带着|陪同)(?:几名|各位|全体|部分)?(?:入党)?$");
    /** A signed document names its activity: 《党员廉洁自律承诺书》. */
    /**
     * An activity named as a time ("民主评议前，书记逐一与党员谈心") or as the source of what was done ("巡察反馈的3个问题
     * 已整改完毕") is not itself reported: it stays masked and makes no record.
     */
    private static final Finder REFERENCE = Finder.of(
            "(?:召开|开展|举行)?(?:前|之前|以前|前夕|期间)(?![^,。;!?\\n]{0,3}?(?:召开|开展|举行|开了|开过))"
                    + "|(?:中|时|上|期间)?(?:指出|反馈|发现|提出|交办|查摆|检视|点出)的");
    private static final Pattern TITLE_GAP = Pattern.compile("(?:的|开展|召开|举行|举办|组织|了)*+");
    private static final Pattern DOCUMENT = Pattern.compile("(?:承诺书|承诺)$");
    private static final Finder AGENDA_TAIL = Finder.of("工作|事项|事宜|情况|问题|方案|计划|安排|筹备|有关|相关");
    /** "主题党日活动方案已报上去了", "支委会材料准备好了": what is said is the activity's preparation, not the activity. */
    private static final Finder PLAN_OF = Finder.of(
            "的?(?:方案|计划|安排|通知|预案|筹备|准备工作|时间|日期|地点|材料|资料|议程|议题|课件|讲稿|PPT|ppt)");
    private static final Pattern ONLY_CONNECTOR = Pattern.compile("[和及与、并跟]|以及");
    /** An activity named by a phrase around other words, not by one catalogue word. */
    private record Phrase(String needs, Pattern pattern, String activity) {
    }

    private static final List<Phrase> PHRASES = List.of(
            // "第一党小组开了个会": a 党小组 that met names its meeting without the word 党小组会
            // "党小组围绕“…”开展讨论": a 党小组 that discussed together met
            new Phrase("党小组", Pattern.compile("(?<=党小组[^,。;!?\\n]{0,12}?)(?:开|召开|组织)了?(?:个|一个|一次|次)?(?:小组|小)?会(?![议室场])"
                    + "|(?<=党小组[^,。;!?\\n]{0,30}?)(?:开展|进行)了?(?:讨论|交流)"),
                    "party_group_meeting"),
            // "接收王芳同志为预备党员", "发展李明为中共预备党员", "支部大会通过张敏同志为预备党员"
            new Phrase("预备党员", Pattern.compile("(?:接收|吸收|发展|通过|同意)[^,。;!?\\n]{1,12}?为(?:中共)?预备党员"),
                    "new_member"),
            // "组织全体党员学习了四中全会精神": a branch that studied together names its 集中学习 so
            new Phrase("学习", Pattern.compile("(?:组织|带领)(?:全体|支部)?(?:党员|同志|大家)?(?:集体|一起|共同)?学习(?!心得|强国|笔记|教育)"),
                    "collective_study"),
            // "接收1名预备党员", "发展了2名党员": the count between the verb and its members stays a count
            new Phrase("党员", Pattern.compile("(?:接收|吸收|发展)了?(?=[\\d一二两三四五六七八九十]+名(?:新|中共)?(?:预备)?党员)"),
                    "new_member"),
            // "走访了3户老党员家庭", "慰问了5名困难党员"
            new Phrase("党员", Pattern.compile("(?:走访|慰问|看望)了?(?=[\\d一二两三四五六七八九十]+(?:户|名|位)[^,。;!?\\n]{0,6}?(?:党员|老同志|家庭))"),
                    "care_visit"),
            // "李明同志转为正式党员"
            new Phrase("正式党员", Pattern.compile("(?:按期)?转为(?:中共)?正式党员"), "full_membership"));

    /**
     * Activities that are results, said once they exist: a member who 转正 has been admitted, a deed for the masses
     * 办实事 has been done. Named without any other sign, they took place.
     */
    private static final java.util.Set<String> RESULTS = java.util.stream.Stream.concat(
            Activity.DECIDED_AT_MEETINGS.stream(), java.util.stream.Stream.of("practical_deed"))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private final ActivityWords words;

    LogReader(ActivityWords words) {
        this.words = words;
    }

    Reading read(MessageText message, LocalDate today) {
        return read(message, today, null, LearnedWords.NONE);
    }

    /**
     * The message read as if {@code assumed} (not null) were the activity it names where it resembles it: a reading
     * that names no catalogue word is read so, to ask whether that is what the member meant.
     */
    Reading read(MessageText message, LocalDate today, Mention assumed, LearnedWords learned) {
        String text = message.text();
        StringBuilder masked = new StringBuilder(text);
        List<Stated> facts = new ArrayList<>();
        Facts.topics(masked, message, facts, words::isWord);
        List<Mention> mentions = new ArrayList<>();
        if (assumed != null) {
            mentions.add(assumed);
        }
        for (Mention m : assumed != null ? List.<Mention>of() : words.find(masked, learned)) {
            if (!namesCompanions(text, m)) {
                mentions.add(m);
            }
        }
        for (Stated fact : facts) {
            if (fact instanceof Facts.Topic topic && DOCUMENT.matcher(topic.text()).find()) {
                mentions.add(new Mention(topic.at(), topic.at() + 1, words.activity("commitment_letter")));
            }
        }
        for (Mention m : mentions) {
            mask(masked, m);
        }
        for (Phrase phrase : PHRASES) {
            if (!text.contains(phrase.needs())) {
                continue;
            }
            Matcher said = phrase.pattern().matcher(masked);
            while (said.find()) {
                Mention m = new Mention(said.start(), said.end(), words.activity(phrase.activity()));
                mentions.add(m);
                mask(masked, m);
            }
        }
        mentions.removeIf(m -> REFERENCE.at(text, m.end()));
        mentions.sort(Comparator.comparingInt(Mention::start));
        if (!mentions.isEmpty()) {
            DateExpressions.find(masked, text, today, facts);
            Facts.amounts(masked, facts);
            Facts.duesNumbers(masked, text, facts);
            Facts.quantities(masked, facts);
            facts.sort(Comparator.comparingInt(Stated::at));
        }
        return new Reading(message, masked.toString(), List.copyOf(mentions), facts);
    }

    private static boolean namesCompanions(String text, Mention m) {
        return PEOPLE_WORD.matcher(text).region(m.start(), m.end()).matches()
                && COMPANION.in(text, Math.max(0, m.start() - 4), m.start());
    }

    /** Masks a mention, all but its 了 ("重温了入党誓词", "开了个会"): that says it took place. */
    private static void mask(StringBuilder masked, Mention m) {
        for (int i = m.start(); i < m.end(); i++) {
            if (masked.charAt(i) != '了') {
                masked.setCharAt(i, Facts.MASK);
            }
        }
    }

    /** The text with its titles, dates, amounts and counts masked: what is left names the activity, if anything. */
    String withoutFacts(MessageText message, LocalDate today) {
        StringBuilder masked = new StringBuilder(message.text());
        List<Stated> facts = new ArrayList<>();
        Facts.topics(masked, message, facts, words::isWord);
        DateExpressions.find(masked, message.text(), today, facts);
        Facts.amounts(masked, facts);
        Facts.quantities(masked, facts);
        return masked.toString();
    }

    /**
     * A reply's facts laid over a pending reading ("18号", "8个人", "4200元", "是主题党日", "不对，是20人"): each entry
     * as the reply makes it, checked as a log's facts are. Null when the reply states nothing for it, or names more
     * than one activity (that is a new report).
     */
    Answer amend(List<Entry> reading, MessageText message, LocalDate today, Integer branchSize) {
        String text = message.text();
        StringBuilder masked = new StringBuilder(text);
        List<Stated> facts = new ArrayList<>();
        Facts.topics(masked, message, facts, words::isWord);
        List<Mention> mentions = words.find(masked);
        if (mentions.size() > 1) {
            return null;
        }
        mentions.forEach(m -> mask(masked, m));
        DateExpressions.find(masked, text, today, facts);
        Facts.amounts(masked, facts);
        Facts.quantities(masked, facts);
        // people counted in a reply about an activity are the people who took part: "不是今天，是上周五，6个人"
        facts.replaceAll(Facts::tookPart);
        List<Entry> amended = new ArrayList<>();
        boolean said = false;
        try {
            for (Entry entry : reading) {
                if (mentions.isEmpty() && entry.activity() == null) {
                    return null;
                }
                Activity activity = mentions.isEmpty() ? words.activity(entry.activity()) : mentions.get(0).activity();
                if (!mentions.isEmpty() && activity.countsMoney() && ofAnotherMonth(text, facts, entry)) {
                    // "5月党费1860元已交" to the question about April's dues: May's dues, a report of its own
                    return null;
                }
                EntryBuilder builder = new EntryBuilder(activity, today, branchSize);
                facts.forEach(builder::take);
                if (builder.deferred() != null) {
                    return new Answer.Invalid(builder.deferred().getMessage());
                }
                Entry over = builder.over(entry, !mentions.isEmpty());
                // an activity of the reading the reply says nothing of stays as it was ("2980元" to a 支委会 and dues)
                amended.add(over != null ? over : entry);
                said |= over != null;
            }
        }
        catch (EntryBuilder.Refusal refusal) {
            return new Answer.Invalid(refusal.getMessage());
        }
        return said ? new Answer.Amended(amended) : null;
    }

    /** A date, or a month named by its number (this month's is no date: it is today), not the month of the entry. */
    private static boolean ofAnotherMonth(String text, List<Stated> facts, Entry entry) {
        if (entry.date() == null) {
            return false;
        }
        Matcher month = NAMED_MONTH.matcher(text);
        return facts.stream().anyMatch(f -> f instanceof Dated d && d.date() != null
                && !YearMonth.from(d.date()).equals(YearMonth.from(entry.date())))
                || month.find() && Integer.parseInt(month.group(1)) != entry.date().getMonthValue();
    }

    /** The acts of the clauses that name activities, for the speech-act table. */
    List<SpeechAct> acts(Reading reading, LocalDate today) {
        Layout layout = new Layout(reading, today);
        return layout.named.stream().filter(n -> !n.agenda()).map(Named::act).distinct().toList();
    }

    /** @throws EntryBuilder.Refusal when a fact of an activity that took place, or may have, cannot be accepted */
    Understanding understand(Reading reading, LocalDate today, Integer branchSize) {
        Layout layout = new Layout(reading, today);
        Dated onlyDate = layout.onlyDate();
        // "上周三召开支委会，传达近期文件精神": a word naming no period is not the date when a day is given
        boolean dayGiven = layout.owned.stream().anyMatch(o -> o.fact() instanceof Dated d && d.date() != null && !d.month()
                && layout.clauses.get(o.clause()).reports());
        List<EntryBuilder> done = new ArrayList<>();
        List<EntryBuilder> unsure = new ArrayList<>();
        List<Aside> aside = new ArrayList<>();
        for (int i = 0; i < layout.named.size(); i++) {
            Named named = layout.named.get(i);
            if (named.agenda()) {
                continue;
            }
            if (!layout.clauses.get(named.clause()).reports() || named.act() == SpeechAct.PLAN) {
                aside.add(new Aside(named.mention().activity(), named.act(), layout.firstDate(i)));
                continue;
            }
            EntryBuilder draft = new EntryBuilder(named.mention().activity(), today, branchSize);
            // a result the meeting decided ("表决接收1名预备党员，24人参加") has its own count, not the meeting's people
            List<Owner> owners = named.decided() ? List.of(new OfMention(i))
                    : List.of(new OfMention(i), new OfClause(named.clause()), new OfMessage());
            for (Owner owner : owners) {
                for (Owned owned : layout.ownedBy(owner)) {
                    if (layout.clauses.get(owned.clause()).reports()
                            && !(dayGiven && owned.fact() instanceof Dated d && d.vague())) {
                        draft.take(owned.fact());
                    }
                }
            }
            if (onlyDate != null) {
                draft.take(onlyDate);
            }
            EntryBuilder.merge(named.act() == SpeechAct.DONE ? done : unsure, draft.dated());
        }
        List<EntryBuilder> drafts = new ArrayList<>(done);
        drafts.addAll(unsure);
        for (EntryBuilder draft : drafts) {
            if (draft.deferred() != null) {
                throw draft.deferred().about(drafts.stream().map(EntryBuilder::entry).toList());
            }
        }
        return new Understanding(done.stream().map(EntryBuilder::entry).toList(), unsure.stream().map(EntryBuilder::entry).toList(),
                aside);
    }

    /** Where the clauses and the activities of one message lie, and so which facts belong to which activity. */
    private static final class Layout {

        final List<Clause> clauses;
        final List<Named> named;
        final List<Owned> owned;
        private final java.util.Map<Owner, List<Owned>> byOwner = new java.util.HashMap<>();

        Layout(Reading reading, LocalDate today) {
            String text = reading.text();
            String masked = reading.masked();
            List<Mention> mentions = reading.mentions();
            List<int[]> spans = spans(masked);
            int[] clauseOf = new int[mentions.size()];
            boolean[] agenda = new boolean[mentions.size()];
            boolean[] decidedAt = new boolean[mentions.size()];
            int[] pieceStart = new int[mentions.size()];
            // a mention that follows another of its clause without 和/、 before it tells what was done at that one
            // ("主题党日活动参观了廉政教育基地共十八人"): the people counted after it took part in both
            boolean[] within = new boolean[mentions.size()];
            int[] agendaFrom = spans.stream().mapToInt(s -> s[1]).toArray();
            boolean held = false;
            for (int i = 0; i < mentions.size(); i++) {
                Mention m = mentions.get(i);
                clauseOf[i] = clauseAt(spans, m.start());
                boolean sameClause = i > 0 && clauseOf[i - 1] == clauseOf[i];
                // each mention's own part of its clause begins at the 和 before it, or at itself
                pieceStart[i] = sameClause ? connectorBefore(masked, mentions.get(i - 1).end(), m.start()) : m.start();
                within[i] = sameClause && pieceStart[i] == m.start() && (within[i - 1] || i == 1 || clauseOf[i - 2] != clauseOf[i]);
                int from = Math.max(i == 0 ? 0 : mentions.get(i - 1).end(), spans.get(clauseOf[i])[0]);
                // the verb is before the word: a word holding one in its own name ("进行换届选举") is held, not discussed
                int upTo = AGENDA_VERB.in(text, m.start(), m.end()) ? m.start() : m.end();
                Matcher verb = AGENDA_VERB.firstIn(text, from, upTo);
                boolean agendaLike = verb != null;
                if (agendaLike) {
                    // what comes after 研究 is the agenda: "研究下周三开展主题党日" plans a date, it logs none
                    pieceStart[i] = Math.min(pieceStart[i], verb.start());
                }
                agendaLike |= AGENDA_TAIL.at(text, m.end());
                // "研究了发展党员工作和主题党日活动安排": what is joined to an agenda item is on the agenda too
                agendaLike |= i > 0 && agenda[i - 1]
                        && ONLY_CONNECTOR.matcher(text).region(mentions.get(i - 1).end(), m.start()).matches();
                // "表决通过了2名预备党员转正": a result the meeting decided is logged besides the meeting
                Matcher decision = RESULTS.contains(m.activity().key()) ? DECIDED.firstIn(text, from, m.start()) : null;
                boolean decided = decision != null;
                if (decided && held) {
                    // "会上确定了2名入党积极分子": the count after the decision is the result's
                    pieceStart[i] = Math.min(pieceStart[i], decision.start());
                }
                agenda[i] = held && agendaLike && !decided;
                decidedAt[i] = held && decided;
                held |= !agenda[i];
            }
            if (!mentions.isEmpty()) {
                // after a held meeting, an agenda verb starts the agenda of its clause: "召开支委会，研究下周…"
                int firstEnd = mentions.get(0).end();
                for (int c = 0; c < spans.size(); c++) {
                    int[] span = spans.get(c);
                    if (span[1] <= firstEnd) {
                        continue;
                    }
                    int from = Math.max(span[0], firstEnd);
                    Matcher verb = AGENDA_VERB.firstIn(masked, from, span[1]);
                    if (verb != null) {
                        agendaFrom[c] = verb.start();
                    }
                }
            }
            int[] sentenceOf = new int[spans.size()];
            for (int c = 1; c < spans.size(); c++) {
                int[] before = spans.get(c - 1);
                sentenceOf[c] = sentenceOf[c - 1] + (SENTENCE_ENDS.indexOf(masked.charAt(before[1] - 1)) >= 0 ? 1 : 0);
            }
            // for each clause, the nearest clause at or before it in its sentence that names an activity (-1: none),
            // found once rather than searched for each fact
            int[] namedBefore = new int[spans.size()];
            for (int c = 0; c < spans.size(); c++) {
                int first = firstOf(c, clauseOf);
                boolean names = first < clauseOf.length && clauseOf[first] == c;
                namedBefore[c] = names ? c : c > 0 && sentenceOf[c - 1] == sentenceOf[c] ? namedBefore[c - 1] : -1;
            }
            boolean sentences = java.util.Arrays.stream(clauseOf).map(c -> sentenceOf[c]).distinct().count() > 1;
            List<Owned> facts = new ArrayList<>();
            List<List<Stated>> factsOfClause = new ArrayList<>();
            for (int c = 0; c < spans.size(); c++) {
                factsOfClause.add(new ArrayList<>());
            }
            for (Stated fact : reading.facts()) {
                int c = clauseAt(spans, fact.at());
                if (!mentions.isEmpty() && inContent(text, fact, spans.get(c), mentions.get(0).end())) {
                    continue;
                }
                Owner owner = fact instanceof Facts.Topic ? titleOf(masked, fact.at(), c, clauseOf, mentions) : null;
                facts.add(new Owned(fact, owner != null ? owner : owner(fact, c, clauseOf, pieceStart, within,
                        sentences ? namedBefore : null), c));
                factsOfClause.get(c).add(fact);
            }
            List<SpeechAct> own = new ArrayList<>();
            List<Integer> byClock = new ArrayList<>();
            boolean arrived = false;
            for (int c = 0; c < spans.size(); c++) {
                int[] span = spans.get(c);
                int cut = agendaFrom[c];
                List<Stated> said = factsOfClause.get(c).stream().filter(f -> f.at() < cut).toList();
                String words = masked.substring(span[0], cut);
                own.add(SpeechActs.of(words, masked.substring(cut, span[1]), said, today));
                arrived |= SpeechActs.arrived(said);
                if (own.get(c) == SpeechAct.PLAN && SpeechActs.plannedByClockOnly(words, said, today)) {
                    byClock.add(c);
                }
            }
            if (arrived) {
                // "今晚八点线上学习，来了11个人": the time of day is when it took place
                byClock.forEach(c -> own.set(c, SpeechAct.DONE));
            }
            for (int i = 0; i < mentions.size(); i++) {
                if (own.get(clauseOf[i]) == SpeechAct.UNMARKED && !agenda[i]
                        && RESULTS.contains(mentions.get(i).activity().key())) {
                    own.set(clauseOf[i], SpeechAct.DONE);
                }
            }
            List<SpeechAct> acts = SpeechActs.resolve(own);
            List<Clause> clauses = new ArrayList<>();
            for (int c = 0; c < spans.size(); c++) {
                clauses.add(new Clause(spans.get(c)[0], spans.get(c)[1], agendaFrom[c], acts.get(c)));
            }
            List<Named> named = new ArrayList<>();
            for (int i = 0; i < mentions.size(); i++) {
                Mention m = mentions.get(i);
                boolean planOf = !agenda[i] && PLAN_OF.at(text, m.end());
                named.add(new Named(m, clauseOf[i], agenda[i], planOf ? SpeechAct.PLAN : acts.get(clauseOf[i]),
                        decidedAt[i]));
            }
            List<Owned> kept = new ArrayList<>();
            for (Owned o : facts) {
                // the facts of an agenda item belong to it alone, and it is not logged
                if (!(o.owner() instanceof OfMention m && agenda[m.mention()])) {
                    kept.add(o);
                }
            }
            this.clauses = List.copyOf(clauses);
            this.named = List.copyOf(named);
            this.owned = List.copyOf(kept);
            for (Owned o : kept) {
                byOwner.computeIfAbsent(o.owner(), k -> new ArrayList<>()).add(o);
            }
        }

        /** The facts of one owner, in the order said: a lookup, so that many activities and facts stay linear. */
        List<Owned> ownedBy(Owner owner) {
            return byOwner.getOrDefault(owner, List.of());
        }

        /**
         * A month or a stretch of time said after what a meeting went through ("审议3月份积极分子考察情况",
         * "部署下月党建工作") is the content's, not a date of the activity: it neither dates nor plans it.
         */
        private static boolean inContent(String text, Stated fact, int[] span, int firstMentionEnd) {
            if (!(fact instanceof Dated d) || d.date() != null) {
                return false;
            }
            int from = Math.max(span[0], firstMentionEnd);
            return from < fact.at() && CONTENT_VERB.in(text, from, fact.at());
        }

        /** The single date of the message's reporting clauses names the day of all its activities. */
        Dated onlyDate() {
            Dated only = null;
            for (Owned o : owned) {
                if (o.fact() instanceof Dated d && clauses.get(o.clause()).reports()) {
                    if (only != null) {
                        return null;
                    }
                    only = d;
                }
            }
            return only;
        }

        /** The first date said of a mention, in its own words or its clause's, for the answer to a plan. */
        Dated firstDate(int mention) {
            int clause = named.get(mention).clause();
            Dated first = null;
            for (Owner owner : List.of(new OfMention(mention), new OfClause(clause), new OfMessage())) {
                for (Owned o : ownedBy(owner)) {
                    if (o.fact() instanceof Dated d && (!(owner instanceof OfMessage) || o.clause() == clause)) {
                        if (first == null || d.at() < first.at()) {
                            first = d;
                        }
                        break;
                    }
                }
            }
            return first;
        }

        /** The clauses' [start, end) spans: each separator ends the clause it closes. */
        private static List<int[]> spans(String masked) {
            List<int[]> spans = new ArrayList<>();
            int start = 0;
            for (int i = 0; i < masked.length(); i++) {
                if (SEPARATORS.indexOf(masked.charAt(i)) >= 0) {
                    spans.add(new int[] {start, i + 1});
                    start = i + 1;
                }
            }
            spans.add(new int[] {start, masked.length()});
            return spans;
        }

        /** The first clause that ends after {@code position}: a binary search, the spans being in order. */
        private static int clauseAt(List<int[]> spans, int position) {
            int low = 0;
            int high = spans.size() - 1;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (position < spans.get(mid)[1]) {
                    high = mid;
                }
                else {
                    low = mid + 1;
                }
            }
            return low;
        }

        /**
         * A title said right before an activity is its title ("赴纪念馆开展“缅怀先烈”主题党日活动"): only masked text and a
         * verb of holding stand between them. Null when no activity follows it so closely.
         */
        private static Owner titleOf(String masked, int at, int clause, int[] clauseOf, List<Mention> mentions) {
            for (int i = firstOf(clause, clauseOf); i < mentions.size() && clauseOf[i] == clause; i++) {
                if (mentions.get(i).start() > at) {
                    String between = masked.substring(at, mentions.get(i).start()).replace(String.valueOf(Facts.MASK), "");
                    return TITLE_GAP.matcher(between).matches() ? new OfMention(i) : null;
                }
            }
            return null;
        }

        /**
         * The first mention of {@code clause} (or the mention count when it has none). The mentions are in order, so a
         * clause's are together: a binary search rather than a pass over all of them for each fact.
         */
        private static int firstOf(int clause, int[] clauseOf) {
            int low = 0;
            int high = clauseOf.length;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (clauseOf[mid] < clause) {
                    low = mid + 1;
                }
                else {
                    high = mid;
                }
            }
            return low;
        }

        /** The mention a fact belongs to, or its clause, or the whole message. */
        /**
         * @param namedBefore for each clause the nearest one at or before it in its sentence that names an activity,
         *                    or null when the activities are all in one sentence
         */
        private static Owner owner(Stated fact, int clause, int[] clauseOf, int[] pieceStart, boolean[] within,
                int[] namedBefore) {
            Owner owner = new OfMessage();
            boolean first = true;
            for (int i = firstOf(clause, clauseOf); i < pieceStart.length && clauseOf[i] == clause; i++) {
                if (first && (fact.at() < pieceStart[i] || fact instanceof Quantity q && q.each())) {
                    return new OfClause(clause);
                }
                first = false;
                if (pieceStart[i] <= fact.at()) {
                    owner = new OfMention(i);
                }
            }
            if (owner instanceof OfMention last && within[last.mention()] && fact instanceof Quantity q
                    && (q.role() == Facts.Role.PARTICIPATION || q.role() == Facts.Role.PLAIN && q.unit().equals("人"))) {
                return new OfClause(clause);
            }
            if (owner instanceof OfMessage && namedBefore != null && namedBefore[clause] >= 0) {
                // "支委会7人参加；同日党员大会23人参加": a sentence's facts are its own activities'
                return new OfClause(namedBefore[clause]);
            }
            return owner;
        }

        private static int connectorBefore(String masked, int from, int to) {
            for (int i = to - 1; i >= from; i--) {
                if (CONNECTORS.indexOf(masked.charAt(i)) >= 0) {
                    return i;
                }
            }
            // lastIndexOf would search back to the message's start from every mention
            for (int i = to - 2; i >= from; i--) {
                if (masked.startsWith("还有", i)) {
                    return i;
                }
            }
            return to;
        }
    }
}
