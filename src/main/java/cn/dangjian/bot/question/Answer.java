package cn.dangjian.bot.question;

import java.util.List;

import cn.dangjian.bot.activity.Entry;

/** What a reply says to the pending question, read by the parser before anything else. */
public sealed interface Answer {

    /** 是, 对, 嗯, 好, 没错, 确认 …: yes. */
    record Yes() implements Answer {
    }

    /** 不是, 不对, 取消 …: no; nothing is stored and the question is closed. */
    record No() implements Answer {
    }

    /** "2", "第二个": the numbered choice, from 1. */
    record Choice(int number) implements Answer {
    }

    /**
     * A value or a correction laid over the question's reading ("18号", "8个人", "4200元", "是主题党日", "不对，是20人"):
     * the reading as the reply makes it.
     */
    record Amended(List<Entry> reading) implements Answer {
        public Amended {
            reading = List.copyOf(reading);
        }
    }

    /** A value that cannot be accepted (a future date, zero people …): {@code reason} says why; the question stays. */
    record Invalid(String reason) implements Answer {
    }
}
