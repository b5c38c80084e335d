package cn.dangjian.bot;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** The bot's clock in tests: set to any moment (in Asia/Shanghai) and moved forward, so a year runs in seconds. */
public class MutableClock extends Clock {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private volatile Instant now;

    public MutableClock(Instant now) {
        this.now = now;
    }

    public void set(LocalDateTime local) {
        now = local.atZone(ZONE).toInstant();
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
