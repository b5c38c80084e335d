package cn.dangjian.bot.dingtalk;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.aliyun.teaopenapi.models.Config;
import com.aliyun.teautil.models.RuntimeOptions;

/**
 * The official SDK's clients, pointed at {@code bot.dingtalk.api-url}. The SDK speaks plain http unless told
 * otherwise, so the protocol always comes from the URL: https in production, http only for a local stand-in.
 */
final class DingTalkClients {

    private static final Logger log = LoggerFactory.getLogger(DingTalkClients.class);

    private DingTalkClients() {
    }

    static Config config(DingTalkProperties properties) {
        URI api = properties.apiUrl();
        String scheme = api.getScheme() == null ? "https" : api.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new IllegalStateException("bot.dingtalk.api-url must be an http(s) URL, found " + api);
        }
        if (scheme.equals("http") && !isLocal(api.getHost())) {
            log.warn("bot.dingtalk.api-url {} is plain http: tokens and secrets would travel in clear text", api);
        }
        Config config = new Config();
        config.protocol = scheme;
        config.regionId = "central";
        config.endpoint = api.getHost() + (api.getPort() > 0 ? ":" + api.getPort() : "");
        config.connectTimeout = (int) properties.connectTimeout().toMillis();
        config.readTimeout = (int) properties.readTimeout().toMillis();
        return config;
    }

    /** One attempt per call: retries are the outbox's business, with backoff that survives a restart. */
    static RuntimeOptions runtime(DingTalkProperties properties) {
        RuntimeOptions runtime = new RuntimeOptions();
        runtime.autoretry = false;
        runtime.maxAttempts = 1;
        runtime.connectTimeout = (int) properties.connectTimeout().toMillis();
        runtime.readTimeout = (int) properties.readTimeout().toMillis();
        return runtime;
    }

    private static boolean isLocal(String host) {
        try {
            return host != null && InetAddress.getByName(host).isLoopbackAddress();
        }
        catch (UnknownHostException e) {
            return false;
        }
    }
}
