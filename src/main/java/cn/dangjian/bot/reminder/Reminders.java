package cn.dangjian.bot.reminder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import cn.dangjian.bot.activity.ActivityStore;
import cn.dangjian.bot.activity.Beginning;
import cn.dangjian.bot.activity.Catalogue;
import cn.dangjian.bot.activity.Period;
import cn.dangjian.bot.activity.Progress;
import cn.dangjian.bot.branch.Branch;
import cn.dangjian.bot.branch.Branches;
import cn.dangjian.bot.branch.Shapes;
import cn.dangjian.bot.calendar.WorkingDays;
import cn.dangjian.bot.dingtalk.Destination;
import cn.dangjian.bot.dingtalk.Message;
import cn.dangjian.bot.dingtalk.Messenger;
import cn.dangjian.bot.dingtalk.Pace;
import cn.dangjian.bot.dingtalk.Undeliverable;
import cn.dangjian.bot.metrics.BotMetrics;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Sends the reminders whose time has come: for each branch whose schedule fired in the current period, the instance
 * that wins the {@link ReminderLedger} computes the branch's progress from the store and pushes the text. The same
 * run serves the Quartz trigger at the scheduled minute and the sweep that catches up what fell due while every
 * instance was down, so a reminder is sent once however many instances and restarts there are.
 */
public class Reminders implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(Reminders.class);

    /** What became of one branch's reminder. */
    public enum Outcome {
        SENT, ACKNOWLEDGED, NOTHING_TO_SAY, PAUSED, YEAR_CLOSED, NO_DESTINATION, REFUSED;

        String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** One run over the branches: how many ended which way. */
    public record Run(ReminderKind kind, String period, Map<Outcome, Integer> outcomes) {

        public int count(Outcome outcome) {
            return outcomes.getOrDefault(outcome, 0);
        }

        public int total() {
            return outcomes.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private final Branches branches;
    private final ReminderSchedules schedules;
    private final ReminderLedger ledger;
    private final ActivityStore store;
    private final Catalogue catalogue;
    private final Messenger messenger;
    private final Pace pace;
    private final ReminderProperties properties;
    private final WorkingDays days;
    private final Clock clock;
    private final MeterRegistry meters;
    private final Shapes shapes;
    private final AtomicInteger running = new AtomicInteger();
    private volatile boolean stopping;
    private volatile boolean started;

    Reminders(Branches branches, ReminderSchedules schedules, ReminderLedger ledger, ActivityStore store,
            Catalogue catalogue, Messenger messenger, Pace pace, ReminderProperties properties, WorkingDays days,
            Clock clock, MeterRegistry meters, Shapes shapes) {
        this.shapes = shapes;
        this.branches = branches;
        this.schedules = schedules;
        this.ledger = ledger;
        this.store = store;
        this.catalogue = catalogue;
        this.messenger = messenger;
        this.pace = pace;
        this.properties = properties;
        this.days = days;
        this.clock = clock;
        this.meters = meters;
    }

    /** 2026-03, 2026-Q1, 2026: how the ledger and the admin API name a reminder's period. */
    public static String periodKey(Period period) {
        return ReminderKind.periodKey(period);
    }

    /** Every kind's due reminders: what a start and each sweep run. */
    public List<Run> sweep() {
        List<Run> runs = new ArrayList<>();
        for (ReminderKind kind : ReminderKind.values()) {
            runs.add(runDue(kind));
        }
        return runs;
    }

    /**
     * Sends the reminder of {@code kind} to every branch whose schedule has fired in the current period and that no
     * instance has sent it yet. Outside {@code sendBetween} nothing goes: a late one waits for the morning.
     */
    public Run runDue(ReminderKind kind) {
        ZonedDateTime now = clock.instant().atZone(clock.getZone());
        LocalDate today = now.toLocalDate();
        Period period = Period.of(kind.cadence(), today);
        Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
        Run run = new Run(kind, ReminderKind.periodKey(period), outcomes);
        if (!schedules.allowsSendingAt(now)) {
            return run;
        }
        running.incrementAndGet();
        boolean due = false;
        try {
            Map<Schedule, Optional<ZonedDateTime>> firstFire = new HashMap<>();
            List<Branch> fired = new ArrayList<>();
            List<ZonedDateTime> fires = new ArrayList<>();
            for (Branch branch : branches.all()) {
                Optional<ZonedDateTime> fire = schedules.schedule(branch.id(), kind)
                        .flatMap(schedule -> firstFire.computeIfAbsent(schedule, s -> s.firstIn(period)));
                if (fire.isPresent() && !fire.get().isAfter(now)) {
                    fired.add(branch);
                    fires.add(fire.get());
                }
            }
            // read once per run for all the branches due, in two pipelines: when each began, and its shape
            List<Beginning> beginnings = store.beginnings(fired.stream().map(Branch::id).toList(), today.getYear());
            List<Branch> shaped = shapes.effective(fired);
            for (int i = 0; i < shaped.size(); i++) {
                Branch branch = shaped.get(i);
                if (stopping) {
                    break;
                }
                if (firedBeforeItBegan(branch, beginnings.get(i), fires.get(i))) {
                    continue;
                }
                due = true;
                Optional<ReminderLedger.Claim> claim = ledger.claim(branch.id(), kind, period, clock.instant());
                if (claim.isEmpty()) {
                    continue;
                }
                try {
                    Outcome settled = claim.get().settled();
                    Outcome outcome = settled != null ? settled : deliver(branch, kind, today);
                    if (settled == null) {
                        ledger.settle(claim.get(), outcome.word(), clock.instant());
                    }
                    outcomes.merge(outcome, 1, Integer::sum);
                    meters.counter(BotMetrics.REMINDERS, "kind", kind.key(), "outcome", outcome.word()).increment();
                }
                catch (RuntimeException e) {
                    // the store or Redis failed us: give the reminder back for the next sweep rather than lose it
                    ledger.release(claim.get());
                    log.error("The {} reminder of branch {} for {} failed and is left for the next sweep: {}",
                            kind.key(), branch.id(), run.period(), e.toString());
                }
            }
        }
        finally {
            running.decrementAndGet();
        }
        if (due && kind == ReminderKind.YEARLY) {
            tellAdminsIfNextYearIsMissing(today.getYear() + 1);
        }
        if (run.total() > 0) {
            log.info("{} reminder for {}: {}", kind.key(), run.period(), outcomes);
        }
        return run;
    }

    /**
     * Whether a reminder fell due before the branch began keeping its records with the bot ({@code since} in
     * branches.yml, else its first record: {@link Beginning}, as its drafts read it): the sweep that catches up
     * missed reminders does not send it, as the drafts do not count those months as missed. A branch that joins on
     * 26 March is not told on the 26th that March's reminder of the 25th is outstanding.
     */
    static boolean firedBeforeItBegan(Branch branch, Beginning beginning, ZonedDateTime fire) {
        LocalDate began = beginning.firstDay(fire.getYear(), branch.profile().since());
        return began != null && fire.toLocalDate().isBefore(began);
    }

    /**
     * With the yearly reminder, the organisation's admins hear once, one to one, that next year's working-day
     * calendar is missing: the State Council publishes it in November or December, and until its file is added next
     * year's reminders only know weekends.
     */
    private void tellAdminsIfNextYearIsMissing(int year) {
        if (days.knows(year) || branches.admins().isEmpty() || !ledger.once("calendar-missing", year)) {
            return;
        }
        Message.Markdown notice = new Message.Markdown(year + "年节假日安排待补充", "#### " + year + "年节假日安排待补充\n\n"
                + ReminderText.missingCalendar(year), List.of());
        try {
            messenger.send(new Destination.Users(branches.admins().stream().sorted().toList()), notice);
            log.info("Told the organisation's admins that bot-config/calendar/{}.yml is missing", year);
        }
        catch (Undeliverable e) {
            log.warn("The admins could not be told that bot-config/calendar/{}.yml is missing", year);
        }
    }

    /** Sends the branch's reminder of {@code kind} now, whatever the schedule, pause or ledger say: an operator's resend. */
    public Outcome sendNow(Branch branch, ReminderKind kind) {
        LocalDate today = LocalDate.now(clock);
        Outcome outcome = deliver(shapes.effective(branch), kind, today);
        log.info("{} reminder of branch {} sent by an operator: {}", kind.key(), branch.id(), outcome.word());
        return outcome;
    }

    private Outcome deliver(Branch branch, ReminderKind kind, LocalDate today) {
        Progress progress = Progress.of(kind.scope(), today, catalogue, branch.obligations(),
                store.tally(branch.id(), today.getYear()));
        // without admins in branches.yml, nobody else can be told: the groups pass it on
        String note = kind == ReminderKind.YEARLY && !days.knows(today.getYear() + 1) && branches.admins().isEmpty()
                ? "（请转告组织管理员）" + ReminderText.missingCalendar(today.getYear() + 1) : null;
        Optional<Message.Markdown> text = ReminderText.compose(branch, kind, progress, today,
                schedules.acknowledgeComplete(), note);
        if (text.isEmpty()) {
            return Outcome.NOTHING_TO_SAY;
        }
        List<Destination> destinations = destinations(branch);
        if (destinations.isEmpty()) {
            log.warn("Branch {} has neither a group nor a custom robot: its {} reminder has nowhere to go", branch.id(),
                    kind.key());
            return Outcome.NO_DESTINATION;
        }
        int refused = 0;
        for (Destination destination : destinations) {
            awaitSlot();
            try {
                messenger.send(destination, text.get());
            }
            catch (Undeliverable e) {
                // already logged and counted by the messenger; the other groups of the branch still get theirs
                refused++;
            }
        }
        if (refused == destinations.size()) {
            return Outcome.REFUSED;
        }
        return progress.items().stream().filter(i -> i.cadence() == kind.cadence()).allMatch(Progress.Item::complete)
                ? Outcome.ACKNOWLEDGED : Outcome.SENT;
    }

    /** The branch's 自定义机器人 if it has one, otherwise each of its groups through the enterprise robot. */
    static List<Destination> destinations(Branch branch) {
        if (branch.customRobot() != null) {
            return List.of(new Destination.CustomRobot(branch.customRobot().webhook(), branch.customRobot().secret()));
        }
        return branch.conversations().stream().<Destination>map(Destination.Group::new).toList();
    }

    /** Spreads the fan-out over time, across every instance, at {@code sends-per-second}. */
    private void awaitSlot() {
        if (properties.sendsPerSecond() <= 0) {
            return;
        }
        Duration interval = Duration.ofNanos((long) (1_000_000_000L / properties.sendsPerSecond()));
        Instant slot = pace.reserve("reminders", interval);
        long wait = Duration.between(Instant.now(), slot).toMillis();
        if (wait > 0) {
            try {
                Thread.sleep(wait);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while pacing reminders", e);
            }
        }
    }

    @Override
    public void start() {
        started = true;
        stopping = false;
    }

    /** Lets a run under way stop after its current branch, before Redis goes away, so no claim is left behind. */
    @Override
    public void stop() {
        stopping = true;
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (running.get() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        started = false;
    }

    @Override
    public boolean isRunning() {
        return started;
    }
}
