package cn.dangjian.bot;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.dangjian.bot.activity.ActivityStore;

// LOCAL ONLY, never committed: lets the app start until the store helper's bean lands on main
@Configuration(proxyBeanMethods = false)
class LocalStoreScaffold {
    @Bean
    ActivityStore activityStore() {
        return new ActivityStore();
    }
}
