package cn.dangjian.bot.admin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses, before every other filter, a path that the container and Spring would read differently: with
 * {@code ;parameters}, a {@code .} or {@code ..} segment (also percent-encoded), an encoded slash or backslash, or an
 * empty segment. The container maps the token filters on its normalised path ({@code /actuator/health;x/../../metrics}
 * is {@code /metrics} to it, outside them) while Spring matched the raw one to the health endpoint, which failed with
 * a 500 and a stack trace. None of the bot's own paths is spelled so, and no client of it needs to.
 */
class PathSpellingFilter extends OncePerRequestFilter {

    static final String REFUSAL = "请求路径不规范：路径中不得含有“;”、“.”或“..”路径段、编码的斜杠或空路径段。";

    private final JsonMapper json;

    PathSpellingFilter(JsonMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!plain(request.getRequestURI())) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            response.setHeader(HttpHeaders.CONNECTION, "close");
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getOutputStream().write(json.writeValueAsBytes(Map.of("error", REFUSAL)));
            return;
        }
        chain.doFilter(request, response);
    }

    /** Whether the raw (undecoded) path is spelled one way only. */
    static boolean plain(String uri) {
        if (uri == null || uri.isEmpty() || uri.charAt(0) != '/' || uri.indexOf(';') >= 0 || uri.indexOf('\\') >= 0) {
            return false;
        }
        String lower = uri.toLowerCase(Locale.ROOT);
        if (lower.contains("%2f") || lower.contains("%5c") || lower.contains("%3b") || lower.contains("%00")) {
            return false;
        }
        String[] segments = lower.substring(1).split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i].replace("%2e", ".");
            boolean last = i == segments.length - 1;
            if (segment.equals(".") || segment.equals("..") || segment.isEmpty() && !last) {
                return false;
            }
        }
        return true;
    }
}
