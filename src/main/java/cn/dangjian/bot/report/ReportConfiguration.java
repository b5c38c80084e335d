package cn.dangjian.bot.report;

import java.time.Duration;

import org.springframework.boot.task.ThreadPoolTaskExecutorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import cn.dangjian.bot.config.BotProperties;

/** The report's parts that read {@code bot-config/report/} once, at start. */
@Configuration(proxyBeanMethods = false)
class ReportConfiguration {

    @Bean
    DraftCompiler draftCompiler(BotProperties properties) {
        return new DraftCompiler(properties.configDir());
    }

    /**
     * A draft is CPU work of some tens of milliseconds: two at a time at most, so that a year-end rush of secretaries
     * never starves the webhook; beyond a queue of 200 the secretary is asked to try again. Boot stops it with the
     * context (drafts under way finish first) and meters it as {@code executor.*{name=draftExecutor}}.
     */
    @Bean
    ThreadPoolTaskExecutor draftExecutor(ThreadPoolTaskExecutorBuilder builder) {
        return builder.corePoolSize(2).maxPoolSize(2).queueCapacity(200).threadNamePrefix("draft-")
                .awaitTerminationPeriod(Duration.ofSeconds(10)).build();
    }

    @Bean
    YearFramings yearFramings(BotProperties properties) {
        return YearFramings.load(properties.configDir().resolve("report/years.yml"));
    }

    @Bean
    DocxDraft docxDraft() {
        return new DocxDraft();
    }
}
