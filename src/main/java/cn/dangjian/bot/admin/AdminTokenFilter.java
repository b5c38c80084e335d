package cn.dangjian.bot.admin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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
 * The gate of {@code /api/v1/**}: {@code Authorization: Bearer <bot.admin-token>}, or 401. With no token configured
 * the API is off and every path answers 404, so an instance without a token exposes nothing.
 * {@link AdminApiConfiguration} maps it on the servlet container's {@code /api/v1/*}, the container's own reading of
 * the path (decoded, normalised, without {@code ;parameters}), so no spelling of a path slips past it to a controller.
 */
class AdminTokenFilter extends OncePerRequestFilter {

    static final String UNAUTHORIZED = "未授权：请在 Authorization 请求头中以“Bearer 管理令牌”的形式提供正确的管理令牌。";
    static final String OFF = "管理接口未启用：未配置管理令牌（bot.admin-token）。";

    private final byte[] expected;
    private final JsonMapper json;
    private final String open;

    /** @param token {@code bot.admin-token}; null or blank turns the API off */
    AdminTokenFilter(String token, JsonMapper json) {
        this(token, json, null);
    }

    /** @param open a path whose subtree passes without a token (the actuator's health), or null */
    AdminTokenFilter(String token, JsonMapper json, String open) {
        this.expected = token == null || token.isBlank() ? null : digest(token.strip());
        this.json = json;
        this.open = open;
    }

    /** The container's decoded, normalised path: no spelling of a guarded path passes for the open one. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (open == null) {
            return false;
        }
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return path.equals(open) || path.startsWith(open + "/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (expected == null) {
            refuse(response, HttpStatus.NOT_FOUND, OFF);
            return;
        }
        if (!MessageDigest.isEqual(expected, digest(bearerToken(request)))) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"dangjian-admin\"");
            refuse(response, HttpStatus.UNAUTHORIZED, UNAUTHORIZED);
            return;
        }
        chain.doFilter(request, response);
    }

    private static String bearerToken(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || header.length() < 7 || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return "";
        }
        return header.substring(7).strip();
    }

    /**
     * Both sides are hashed first, so the comparison takes the same time whatever the length and content of the
     * guess ({@link MessageDigest#isEqual} is constant-time for equal lengths).
     */
    private static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private void refuse(HttpServletResponse response, HttpStatus status, String message) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write(json.writeValueAsBytes(Map.of("error", message)));
    }
}
