package cn.dangjian.bot.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Outside the {@code local} profile the bot runs with production rules: it does not start without the settings a
 * deployment must give it, nor with the local profile's well-known values (a callback secret and an admin token that
 * are in this repository), and says which. Checked before any bean is made, so nothing is half started.
 * The local profile must be chosen explicitly ({@code ./mvnw spring-boot:run} does): no profile is production.
 */
@Component
class ProductionSettings implements BeanFactoryPostProcessor, EnvironmentAware {

    static final String LOCAL = "local";

    /** Each setting a deployment must give, with what it is for. */
    static final Map<String, String> REQUIRED = Map.of(
            "bot.dingtalk.app-key", "the DingTalk app's AppKey, for pushes",
            "bot.dingtalk.app-secret", "the DingTalk app's AppSecret: checks every callback's signature",
            "bot.dingtalk.robot-code", "the app robot's RobotCode, for pushes",
            "bot.admin-token", "the admin API's bearer token (at least 16 characters)");

    /** The local profile's values (application-local.yml, the README): anyone who read them would hold the bot. */
    static final Set<String> KNOWN = Set.of("local-dev-app", "local-dev-secret", "local-dev-robot",
            "local-dev-admin-token");

    static final int MIN_TOKEN_LENGTH = 16;

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        if (environment.acceptsProfiles(Profiles.of(LOCAL))) {
            return;
        }
        List<String> problems = new ArrayList<>();
        REQUIRED.keySet().stream().sorted().forEach(name -> {
            String value = environment.getProperty(name);
            String variable = name.toUpperCase(java.util.Locale.ROOT).replace('.', '_').replace('-', '_');
            if (value == null || value.isBlank()) {
                problems.add(name + " (" + variable + ") is not set: " + REQUIRED.get(name));
            }
            else if (KNOWN.contains(value.strip())) {
                problems.add(name + " (" + variable + ") has the local profile's published value");
            }
            else if (name.equals("bot.admin-token") && value.strip().length() < MIN_TOKEN_LENGTH) {
                problems.add(name + " (" + variable + ") is shorter than " + MIN_TOKEN_LENGTH + " characters");
            }
        });
        if (!problems.isEmpty()) {
            throw new MissingSettingsException(List.of(environment.getActiveProfiles()), problems);
        }
    }

    /** The production settings that are missing or unsafe, one line each. */
    static final class MissingSettingsException extends RuntimeException {

        private final List<String> profiles;
        private final List<String> problems;

        MissingSettingsException(List<String> profiles, List<String> problems) {
            super("production settings missing or unsafe: " + problems);
            this.profiles = List.copyOf(profiles);
            this.problems = List.copyOf(problems);
        }

        List<String> profiles() {
            return profiles;
        }

        List<String> problems() {
            return problems;
        }
    }
}
