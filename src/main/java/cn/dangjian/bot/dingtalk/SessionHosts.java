package cn.dangjian.bot.dingtalk;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Where a message's sessionWebhook may point: {@code bot.dingtalk.session-hosts}, default DingTalk's own
 * {@code https://oapi.dingtalk.com}. The sessionWebhook comes in the callback's body, which DingTalk does not sign,
 * and the bot POSTs to it (and retries for up to a day): any other address would make the bot a proxy into the
 * network it runs in. An entry allows its scheme, host and port exactly, and paths under its own path.
 * The local profile's emulator adds its own address when the server listens ({@link #allow}).
 */
@Component
public class SessionHosts {

    static final String PROPERTY = "bot.dingtalk.session-hosts";
    static final List<URI> DEFAULT = List.of(URI.create("https://oapi.dingtalk.com"));

    private final List<URI> allowed = new CopyOnWriteArrayList<>();

    @Autowired
    public SessionHosts(Environment environment) {
        this(Binder.get(environment).bind(PROPERTY, Bindable.listOf(URI.class)).orElse(DEFAULT));
    }

    SessionHosts(List<URI> allowed) {
        allowed.forEach(this::allow);
    }

    /** Allows one more place, e.g. the local emulator once its port is known. */
    public void allow(URI entry) {
        if (!entry.isAbsolute() || entry.getHost() == null
                || !("https".equalsIgnoreCase(entry.getScheme()) || "http".equalsIgnoreCase(entry.getScheme()))) {
            throw new IllegalArgumentException(PROPERTY + " must list http(s) URLs with a host, not '" + entry + "'");
        }
        allowed.add(entry);
    }

    /** Whether the bot may POST to {@code url}; false for anything missing, malformed or elsewhere. */
    public boolean allows(String url) {
        if (url == null || url.isBlank()) {
            return false;
        }
        URI uri;
        try {
            uri = new URI(url.strip()).normalize();
        }
        catch (URISyntaxException e) {
            return false;
        }
        if (!uri.isAbsolute() || uri.isOpaque() || uri.getRawUserInfo() != null || uri.getHost() == null
                || uri.getRawPath() == null || uri.getRawPath().contains("..")
                || uri.getRawPath().toLowerCase(Locale.ROOT).matches(".*%2[ef].*")) {
            return false;
        }
        return allowed.stream().anyMatch(entry -> matches(entry, uri));
    }

    private static boolean matches(URI entry, URI uri) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        return scheme.equals(entry.getScheme().toLowerCase(Locale.ROOT))
                && uri.getHost().equalsIgnoreCase(entry.getHost())
                && port(uri) == port(entry)
                && under(uri.getRawPath(), entry.getRawPath());
    }

    private static boolean under(String path, String prefix) {
        if (prefix == null || prefix.isEmpty() || prefix.equals("/")) {
            return true;
        }
        String directory = prefix.endsWith("/") ? prefix : prefix + "/";
        return path.equals(prefix) || path.startsWith(directory);
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : "http".equalsIgnoreCase(uri.getScheme()) ? 80 : -1;
    }

    /** How a log line may name a sessionWebhook: its host only, never the session token in its query. */
    public static String hostOf(String url) {
        try {
            URI uri = new URI(url == null ? "" : url.strip());
            return uri.getHost() == null ? "(no host)" : uri.getHost();
        }
        catch (URISyntaxException e) {
            return "(malformed)";
        }
    }
}
