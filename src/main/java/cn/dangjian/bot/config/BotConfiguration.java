package cn.dangjian.bot.config;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.dangjian.bot.activity.Catalogue;
import cn.dangjian.bot.branch.Branches;
import cn.dangjian.bot.command.Parser;
import cn.dangjian.bot.committee.Committees;
import cn.dangjian.bot.vocabulary.Vocabulary;

/** Reads {@code bot-config} once at start; a bad file stops the start with its file, line and problem. */
@Configuration(proxyBeanMethods = false)
class BotConfiguration {

    /** Every "today" of the bot comes from here, in {@code bot.zone}; tests replace it to run a year in seconds. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock(BotProperties properties) {
        return Clock.system(properties.zone());
    }

    @Bean
    Catalogue catalogue(BotProperties properties) {
        return Catalogue.load(properties.configDir().resolve("activities.yml"));
    }

    @Bean
    Committees committees(BotProperties properties) {
        return Committees.load(properties.configDir().resolve("branches.yml"));
    }

    /** A committee's admins act as organisation admins in the branches beneath it, and only there. */
    @Bean
    Branches branches(BotProperties properties, Catalogue catalogue, Committees committees) {
        return Branches.load(properties.configDir().resolve("branches.yml"), catalogue)
                .withCommitteeAdmins(committees.adminsByBranch());
    }

    @Bean
    Parser parser(Catalogue catalogue, Vocabulary vocabulary) {
        return new Parser(catalogue, vocabulary::words);
    }
}
