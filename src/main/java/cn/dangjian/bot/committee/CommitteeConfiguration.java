package cn.dangjian.bot.committee;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/** What the committee's group needs beyond its components. */
@Configuration(proxyBeanMethods = false)
class CommitteeConfiguration {

    /**
     * Pictures, summaries and zips for committees go after the answer, one at a time: they are rare and large, and a
     * few queued are plenty.
     */
    @Bean(destroyMethod = "shutdown")
    ThreadPoolExecutor committeeExecutor() {
        return new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(8),
                new CustomizableThreadFactory("committee-"));
    }
}
