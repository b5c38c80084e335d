package cn.dangjian.bot.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * An S3-compatible server in the test's own process, path-style ({@code /bucket/key}): PUT, GET, HEAD and DELETE of
 * objects, what {@link S3Blobs} uses. It checks that requests are signed (AWS SigV4), not the signature itself.
 */
final class S3Stub implements AutoCloseable {

    final Map<String, byte[]> objects = new ConcurrentHashMap<>();
    private final HttpServer server;

    S3Stub() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        try (exchange) {
            if (auth == null || !auth.startsWith("AWS4-HMAC-SHA256")) {
                reply(exchange, 403, "<Error><Code>AccessDenied</Code></Error>");
                return;
            }
            switch (exchange.getRequestMethod()) {
                case "PUT" -> {
                    try (InputStream in = exchange.getRequestBody()) {
                        byte[] body = in.readAllBytes();
                        String payload = exchange.getRequestHeaders().getFirst("x-amz-content-sha256");
                        objects.put(path, payload != null && payload.startsWith("STREAMING-") ? unchunked(body) : body);
                    }
                    exchange.getResponseHeaders().add("ETag", "\"stub\"");
                    exchange.sendResponseHeaders(200, -1);
                }
                case "GET", "HEAD" -> {
                    byte[] object = objects.get(path);
                    if (object == null) {
                        reply(exchange, 404, "<Error><Code>NoSuchKey</Code><Message>missing</Message></Error>");
                        return;
                    }
                    exchange.getResponseHeaders().add("Content-Type", "application/octet-stream");
                    if (exchange.getRequestMethod().equals("HEAD")) {
                        exchange.getResponseHeaders().add("Content-Length", Integer.toString(object.length));
                        exchange.sendResponseHeaders(200, -1);
                        return;
                    }
                    exchange.sendResponseHeaders(200, object.length);
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(object);
                    }
                }
                case "DELETE" -> {
                    objects.remove(path);
                    exchange.sendResponseHeaders(204, -1);
                }
                default -> reply(exchange, 405, "<Error><Code>MethodNotAllowed</Code></Error>");
            }
        }
    }

    /** An aws-chunked body ("size;chunk-signature=…\r\n bytes \r\n" … a last chunk of 0) as its bytes. */
    private static byte[] unchunked(byte[] body) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(body.length);
        int at = 0;
        while (at < body.length) {
            int lineEnd = indexOf(body, at);
            String header = new String(body, at, lineEnd - at, java.nio.charset.StandardCharsets.US_ASCII);
            int size = Integer.parseInt(header.split(";")[0].trim(), 16);
            if (size == 0) {
                break;
            }
            out.write(body, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] body, int from) {
        for (int i = from; i + 1 < body.length; i++) {
            if (body[i] == '\r' && body[i + 1] == '\n') {
                return i;
            }
        }
        throw new IllegalArgumentException("an aws-chunked body without a line end");
    }

    private static void reply(HttpExchange exchange, int status, String xml) throws IOException {
        byte[] body = xml.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/xml");
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
