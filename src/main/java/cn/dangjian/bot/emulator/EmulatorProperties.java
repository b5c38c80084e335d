package cn.dangjian.bot.emulator;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotBlank;

/**
 * {@code bot.emulator.*}: which branch of {@code bot-config} the page shows, and the names its people go by
 * (branches.yml knows only staffIds).
 *
 * @param branch     the branch id; its first group is the emulated group chat
 * @param names      display names by staffId; a person without one is shown by staffId
 * @param adminStaffId an organisation admin (DingTalk's isAdmin) who belongs to no branch
 * @param adminNick  that admin's name
 */
@ConfigurationProperties("bot.emulator")
@Validated
public record EmulatorProperties(
        @DefaultValue("demo") @NotBlank String branch,
        @DefaultValue Map<String, String> names,
        @DefaultValue("orgadmin01") @NotBlank String adminStaffId,
        @DefaultValue("组织员") @NotBlank String adminNick) {

    public EmulatorProperties {
        names = Map.copyOf(names);
    }
}
