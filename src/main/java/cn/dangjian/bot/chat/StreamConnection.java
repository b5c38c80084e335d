package cn.dangjian.bot.chat;

import java.lang.reflect.Field;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import com.dingtalk.open.app.api.OpenDingTalkClient;
import com.dingtalk.open.app.api.OpenDingTalkStreamClientBuilder;
import com.dingtalk.open.app.api.security.AuthClientCredential;

import cn.dangjian.bot.dingtalk.DingTalkProperties;

/**
 * The Stream socket to DingTalk, opened when the bot has started and closed before it stops. With Stream the bot
 * needs no public URL: it connects out, and the HTTP webhook is off.
 */
@Component
@ConditionalOnProperty(name = "bot.dingtalk.mode", havingValue = "stream")
class StreamConnection implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(StreamConnection.class);

    private final StreamListener listener;
    private final DingTalkProperties properties;
    private OpenDingTalkClient client;

    /** The app's key and secret are there: {@link DingTalkProperties} refuses stream mode without them. */
    StreamConnection(StreamListener listener, DingTalkProperties properties) {
        this.listener = listener;
        this.properties = properties;
    }

    @Override
    public synchronized void start() {
        OpenDingTalkStreamClientBuilder builder = OpenDingTalkStreamClientBuilder.custom()
                .credential(new AuthClientCredential(properties.appKey(), properties.appSecret()))
                .registerCallbackListener(StreamListener.TOPIC, listener);
        gatewayAt(builder, properties.apiUrl().toString().replaceAll("/+$", ""));
        client = builder.build();
        try {
            client.start();
        }
        catch (Exception e) {
            throw new IllegalStateException("cannot open the DingTalk Stream connection", e);
        }
        log.info("DingTalk Stream mode: listening on {} through {}", StreamListener.TOPIC, properties.apiUrl());
    }

    /**
     * The Stream gateway is opened on the OpenAPI host ({@code POST /v1.0/gateway/connections/open}). SDK 1.3.12
     * offers no setter for it, so a non-default {@code bot.dingtalk.api-url} (a test server) is set on its private
     * field.
     */
    private static void gatewayAt(OpenDingTalkStreamClientBuilder builder, String apiUrl) {
        if (apiUrl.equals("https://api.dingtalk.com")) {
            return;
        }
        try {
            Field host = OpenDingTalkStreamClientBuilder.class.getDeclaredField("openApiHost");
            host.setAccessible(true);
            host.set(builder, apiUrl);
        }
        catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("this app-stream-client cannot be pointed at " + apiUrl, e);
        }
    }

    @Override
    public synchronized void stop() {
        if (client == null) {
            return;
        }
        try {
            client.stop();
        }
        catch (Exception e) {
            log.warn("Closing the DingTalk Stream connection failed", e);
        }
        client = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return client != null;
    }
}
