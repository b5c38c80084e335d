package cn.dangjian.bot.report;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.dangjian.bot.config.BotProperties;

/** The report's parts that read {@code bot-config} or the machine's fonts once, at start. */
@Configuration(proxyBeanMethods = false)
class ReportConfiguration {

    @Bean
    DraftCompiler draftCompiler(BotProperties properties) {
        return new DraftCompiler(properties.configDir());
    }

    @Bean
    DocxDraft docxDraft() {
        return new DocxDraft(new ActivityChart());
    }
}
