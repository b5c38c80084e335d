package cn.dangjian.bot.emulator;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the page from {@code classpath:/emulator/} (not {@code static/}), so that no other profile serves it.
 */
@Configuration(proxyBeanMethods = false)
@Profile("local")
class EmulatorPage implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/emulator/assets/**").addResourceLocations("classpath:/emulator/");
    }

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addViewController("/emulator").setViewName("forward:/emulator/assets/index.html");
        registry.addRedirectViewController("/emulator/", "/emulator");
    }
}
