package cn.dangjian.bot.emulator;

import java.net.URI;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import cn.dangjian.bot.dingtalk.SessionHosts;

/**
 * The emulator's sessionWebhook is on the bot's own port, known only once the server listens: it is then added to
 * the allowed session hosts, for its sendBySession path alone, on 127.0.0.1 and localhost.
 */
@Component
@Profile("local")
class EmulatorSessionHost {

    private final SessionHosts sessionHosts;

    EmulatorSessionHost(SessionHosts sessionHosts) {
        this.sessionHosts = sessionHosts;
    }

    @EventListener
    void listening(WebServerInitializedEvent event) {
        if (event.getApplicationContext().getServerNamespace() != null) {
            return; // the management server, when it has a port of its own
        }
        int port = event.getWebServer().getPort();
        for (String host : new String[] {"127.0.0.1", "localhost"}) {
            sessionHosts.allow(URI.create("http://" + host + ":" + port + DingTalkEndpoints.PREFIX + "/robot/sendBySession"));
        }
    }
}
