package cn.dangjian.bot.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.dangjian.bot.activity.ActivityRecord;
import cn.dangjian.bot.chinese.Chinese;

/**
 * A branch's year as events: what took place, each with the records that tell it. A report counts events, not
 * records: one 主题党日 at a memorial where members 重温入党誓词 is one event whether the message logged one activity
 * or three, and its people are counted once. The records of one message are one event: they share an
 * {@code eventId}.
 *
 * <p>Every figure a draft prints comes from events and keeps their records ({@link Ref}), so that the chat summary
 * and the admin API can say which records make a number.
 */
record YearEvents(List<Event> all) {

    /** A record a figure rests on: its id and the day it happened, as the admin API and the chat summary list it. */
    public record Ref(long id, LocalDate date) {

        /** #12（3月5日）: how the chat summary names it. */
        public String label() {
            return "#" + id + "（" + Chinese.monthDay(date) + "）";
        }
    }

    /**
     * An occasion: its records in the order said. {@code primary} is what the event is counted as: the first of its
     * activities that the branch owes (a 主题党日 with a 重温入党誓词 is a 主题党日), else the first said.
     */
    record Event(String id, LocalDate date, String primary, List<ActivityRecord> records) {

        boolean has(String activity) {
            return records.stream().anyMatch(r -> r.activity().equals(activity));
        }

        /** The people at it, once: the largest number any of its records gives. */
        Integer participants() {
            return records.stream().map(ActivityRecord::participants).filter(p -> p != null)
                    .max(Integer::compare).orElse(null);
        }

        /** The count of an activity at this event: said twice in one message, it happened once. */
        long count(String activity) {
            return records.stream().filter(r -> r.activity().equals(activity)).mapToLong(ActivityRecord::count)
                    .max().orElse(0);
        }

        String senderId() {
            return records.get(0).senderId();
        }

        /** The topic as said, for the activity that named it: the first record with one. */
        String topic() {
            return records.stream().map(ActivityRecord::topic).filter(t -> t != null && !YearFacts.topic(t).isEmpty())
                    .map(YearFacts::topic).findFirst().orElse("");
        }

        /** What the member typed about it, as kept with its first record that has words; else empty. */
        String words() {
            return records.stream().map(ActivityRecord::words).filter(w -> w != null && !w.isBlank()).findFirst()
                    .orElse("");
        }

        /**
         * The topic said for one of its activities, with the marks a report gives it ({@link YearFacts#titled}): that
         * activity's own record's, or, for the activity the event is counted as, also when another record of the event
         * repeats it (one topic for a 主题党日 and the volunteering done at it names the theme day).
         */
        String topic(String activity) {
            String own = records.stream().filter(r -> r.activity().equals(activity)).map(ActivityRecord::topic)
                    .map(YearFacts::topic).filter(t -> !t.isEmpty()).findFirst().orElse("");
            if (!own.isEmpty() && (activity.equals(primary) || records.stream()
                    .filter(r -> !r.activity().equals(activity)).map(r -> YearFacts.topic(r.topic()))
                    .noneMatch(own::equals))) {
                return YearFacts.titled(own, words(), activity);
            }
            return "";
        }

        /** The other activities of the event, which a sentence tells as what the event did. */
        List<String> alongside() {
            return records.stream().map(ActivityRecord::activity).filter(a -> !a.equals(primary)).distinct().toList();
        }

        List<Ref> refs() {
            return records.stream().map(r -> new Ref(r.id(), r.date())).toList();
        }

        int month() {
            return date.getMonthValue();
        }
    }

    /**
     * The year's records as events. {@code owed} are the activities the branch's calendar asks for: an event is
     * counted as the first of them it holds.
     */
    static YearEvents of(List<ActivityRecord> records, Set<String> owed) {
        Map<String, List<ActivityRecord>> byEvent = new LinkedHashMap<>();
        records.stream().sorted(Comparator.comparing(ActivityRecord::date).thenComparingLong(ActivityRecord::id))
                .forEach(r -> byEvent.computeIfAbsent(eventId(r), k -> new ArrayList<>(2)).add(r));
        List<Event> events = new ArrayList<>(byEvent.size());
        byEvent.forEach((id, said) -> {
            List<ActivityRecord> inOrder = said.stream().sorted(Comparator.comparingLong(ActivityRecord::id)).toList();
            String primary = inOrder.stream().map(ActivityRecord::activity).filter(owed::contains).findFirst()
                    .orElse(inOrder.get(0).activity());
            events.add(new Event(id, inOrder.get(0).date(), primary, inOrder));
        });
        events.sort(Comparator.comparing(Event::date).thenComparing(e -> e.records().get(0).id()));
        return new YearEvents(List.copyOf(events));
    }

    /**
     * The event a record belongs to: its {@code eventId} (the records of one message share it), and within it its
     * day (a message that logs last week's meeting and today's lecture tells two occasions).
     */
    private static String eventId(ActivityRecord record) {
        String event = record.eventId() != null ? record.eventId() : record.msgId();
        return event == null ? "record-" + record.id() : event + "@" + record.date();
    }

    /** Events counted as this activity. */
    List<Event> countedAs(String activity) {
        return all.stream().filter(e -> e.primary().equals(activity)).toList();
    }

    /** Events that hold this activity, as what they were counted or as part of another. */
    List<Event> holding(String activity) {
        return all.stream().filter(e -> e.has(activity)).toList();
    }

    int size() {
        return all.size();
    }
}
