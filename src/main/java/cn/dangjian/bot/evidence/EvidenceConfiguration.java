package cn.dangjian.bot.evidence;

import java.time.Duration;

import org.springframework.boot.task.ThreadPoolTaskExecutorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/** The store of evidence files {@code bot.evidence.store} names: a directory, or an S3-compatible object store. */
@Configuration(proxyBeanMethods = false)
class EvidenceConfiguration {

    @Bean
    Blobs evidenceBlobs(EvidenceProperties properties) {
        return properties.store() == EvidenceProperties.Store.S3 ? new S3Blobs(properties.s3())
                : new DirectoryBlobs(properties.dir());
    }

    /**
     * 台账 exports asked for in chat: one at a time (each reads a year of files and builds a Word file in memory), a
     * few waiting; Boot lets the one under way finish before Redis stops.
     */
    @Bean
    ThreadPoolTaskExecutor ledgerExecutor(ThreadPoolTaskExecutorBuilder builder) {
        return builder.corePoolSize(1).maxPoolSize(1).queueCapacity(20).threadNamePrefix("ledger-")
                .awaitTerminationPeriod(Duration.ofSeconds(30)).build();
    }
}
