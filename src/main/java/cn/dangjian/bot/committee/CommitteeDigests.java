package cn.dangjian.bot.committee;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Service;

import cn.dangjian.bot.activity.Activity;
import cn.dangjian.bot.activity.ActivityRecord;
import cn.dangjian.bot.activity.ActivityStore;
import cn.dangjian.bot.activity.Cadence;
import cn.dangjian.bot.activity.Period;
import cn.dangjian.bot.dingtalk.Destination;
import cn.dangjian.bot.dingtalk.Messenger;
import cn.dangjian.bot.dingtalk.Pace;
import cn.dangjian.bot.dingtalk.Undeliverable;
import cn.dangjian.bot.redis.BranchKeys;
import cn.dangjian.bot.reminder.ReminderKind;
import cn.dangjian.bot.reminder.ReminderLedger;
import cn.dangjian.bot.reminder.ReminderProperties;
import cn.dangjian.bot.reminder.ReminderSchedules;
import cn.dangjian.bot.reminder.Reminders;
import cn.dangjian.bot.reminder.Schedule;

/**
 * Sends each committee its digest of the month before ({@code committeeDigest} of reminders.yml, moved off rest days
 * by the working-day calendar as a monthly reminder is), once across instances: the instance that wins
 * {@code dj:{committee:id}:digest:2026-02} sends it, as the reminders' ledger does per branch, and a claim whose
 * instance died before sending is taken over after the reminders' claim lease. A digest whose time passed while
 * every instance was down goes at the next start or sweep, within {@code sendBetween}; the fan-out is paced on the
 * reminders' lane.
 */
@Service
public class CommitteeDigests {

    private static final Logger log = LoggerFactory.getLogger(CommitteeDigests.class);

    /** Longer than the month the digest goes in, as a monthly reminder's ledger entry. */
    private static final Duration LIFETIME = Duration.ofDays(62);

    private final Committees committees;
    private final CommitteeProgress progress;
    private final ActivityStore store;
    private final ReminderSchedules schedules;
    private final ReminderProperties properties;
    private final ObjectProvider<Messenger> messenger;
    private final StringRedisTemplate redis;
    private final Clock clock;
    private final Pace pace;
    private final String instance = UUID.randomUUID().toString().substring(0, 8);

    CommitteeDigests(Committees committees, CommitteeProgress progress, ActivityStore store,
            ReminderSchedules schedules, ReminderProperties properties, ObjectProvider<Messenger> messenger,
            StringRedisTemplate redis, Clock clock) {
        this.committees = committees;
        this.progress = progress;
        this.store = store;
        this.schedules = schedules;
        this.properties = properties;
        this.messenger = messenger;
        this.redis = redis;
        this.clock = clock;
        // the fan-out spaces real calls to DingTalk: its pace runs on the wall clock, as the reminders' does
        this.pace = new Pace(redis, Clock.systemUTC());
    }

    /** The digest's schedule, empty when reminders.yml turns it off. */
    public Optional<Schedule> schedule() {
        return schedules.committeeDigest();
    }

    /** Sends the digests that are due and no instance has sent; returns how many this instance sent. */
    public int runDue() {
        Optional<Schedule> schedule = schedules.committeeDigest();
        ZonedDateTime now = clock.instant().atZone(clock.getZone());
        if (schedule.isEmpty() || !schedules.allowsSendingAt(now)) {
            return 0;
        }
        Period current = Period.of(Cadence.MONTHLY, now.toLocalDate());
        Optional<ZonedDateTime> fire = schedule.get().firstIn(current);
        if (fire.isEmpty() || fire.get().isAfter(now)) {
            return 0;
        }
        Period month = Period.of(Cadence.MONTHLY, current.start().minusDays(1));
        int sent = 0;
        for (Committee committee : committees.all()) {
            if (committee.conversations().isEmpty()) {
                continue;
            }
            String key = BranchKeys.committeeDigest(committee.id(), Reminders.periodKey(month));
            String claim = "claimed|" + instance + "|" + clock.millis();
            Long won = redis.execute(ReminderLedger.CLAIM, List.of(key), claim, Long.toString(LIFETIME.toSeconds()),
                    Long.toString(clock.millis() - properties.claimLease().toMillis()));
            if (won == null || won == 0) {
                continue;
            }
            try {
                Digest digest = digest(committee, month);
                int delivered = 0;
                for (String group : committee.conversations()) {
                    awaitSlot();
                    try {
                        messenger.getObject().send(new Destination.Group(group), digest.message(clock.getZone()));
                        delivered++;
                    }
                    catch (Undeliverable e) {
                        // logged by the messenger; the committee's other groups still get theirs
                    }
                }
                redis.execute(ReminderLedger.SETTLE, List.of(key), claim,
                        (delivered > 0 ? "sent|" : "refused|") + instance + "|" + clock.millis());
                sent++;
                log.info("Sent the {} digest of committee {} to {} group(s)", Reminders.periodKey(month),
                        committee.id(), delivered);
            }
            catch (RuntimeException e) {
                redis.execute(ReminderLedger.SETTLE, List.of(key), claim, "");
                log.error("The {} digest of committee {} failed and is left for the next sweep: {}",
                        Reminders.periodKey(month), committee.id(), e.toString());
            }
        }
        return sent;
    }

    /** The committee's look back at {@code month}, from the counters and, for the reminded, the month's records. */
    Digest digest(Committee committee, Period month) {
        Board board = progress.board(committee, month.end());
        List<Standing> complete = board.standings().stream()
                .filter(s -> Digest.fellBehindOn(s, month).isEmpty()).toList();
        Map<String, Instant> reminded = remindedOf(complete, month);
        Map<String, List<Activity>> caughtUp = new LinkedHashMap<>();
        Map<String, Instant> when = new HashMap<>();
        for (Standing standing : complete) {
            Instant at = reminded.get(standing.branch().id());
            if (at == null) {
                continue;
            }
            Set<String> owed = standing.month().items().stream().map(i -> i.activity().key())
                    .collect(Collectors.toSet());
            List<ActivityRecord> late = store.between(standing.branch().id(), month.start(), month.end()).stream()
                    .filter(r -> owed.contains(r.activity()) && !r.createdAt().isBefore(at)).toList();
            List<Activity> activities = standing.month().items().stream()
                    .filter(i -> late.stream().anyMatch(r -> r.activity().equals(i.activity().key())))
                    .map(i -> i.activity()).toList();
            if (!activities.isEmpty()) {
                caughtUp.put(standing.branch().id(), activities);
                when.put(standing.branch().id(), at);
            }
        }
        return new Digest(month, board, caughtUp, when);
    }

    /**
     * When each branch's monthly reminder of {@code month} went, for those it reminded of something (the reminders'
     * ledger says {@code sent|instance|ms}); branches told they were complete, paused or never reminded are left out.
     */
    private Map<String, Instant> remindedOf(List<Standing> standings, Period month) {
        List<String> keys = standings.stream().map(s -> new BranchKeys(s.branch().id())
                .reminderSent(ReminderKind.MONTHLY.key(), Reminders.periodKey(month))).toList();
        List<String> values = keys.isEmpty() ? List.of() : redis.opsForValue().multiGet(keys);
        Map<String, Instant> reminded = new HashMap<>();
        for (int i = 0; i < standings.size(); i++) {
            String value = values == null ? null : values.get(i);
            if (value != null && value.startsWith("sent|")) {
                reminded.put(standings.get(i).branch().id(),
                        Instant.ofEpochMilli(Long.parseLong(value.substring(value.lastIndexOf('|') + 1))));
            }
        }
        return reminded;
    }

    private void awaitSlot() {
        if (properties.sendsPerSecond() <= 0) {
            return;
        }
        Instant slot = pace.reserve("reminders", Duration.ofNanos((long) (1_000_000_000L / properties.sendsPerSecond())));
        long wait = Duration.between(Instant.now(), slot).toMillis();
        if (wait > 0) {
            try {
                Thread.sleep(wait);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while pacing the committees' digests", e);
            }
        }
    }
}
