package cn.dangjian.bot.evidence;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The store of evidence files {@code bot.evidence.store} names: a directory, or an S3-compatible object store. */
@Configuration(proxyBeanMethods = false)
class EvidenceConfiguration {

    @Bean
    Blobs evidenceBlobs(EvidenceProperties properties) {
        return properties.store() == EvidenceProperties.Store.S3 ? new S3Blobs(properties.s3())
                : new DirectoryBlobs(properties.dir());
    }
}
