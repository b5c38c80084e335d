package cn.dangjian.bot.security;

import static cn.dangjian.bot.DingTalkCallbacks.Sender.MEMBER;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.dangjian.bot.ChatTest;
import cn.dangjian.bot.DingTalkCallbacks;
import cn.dangjian.bot.dingtalk.Signature;

/**
 * Issue 17, item 5: a client that announces a body and drips it holds no worker. Without a good signature it is
 * answered at once and its connection closed without the body being read; with one (a captured header) it is cut off
 * after seconds. A closed connection is the worker let go: the container closes it once it has finished with the
 * request, not while it still waits for the body.
 */
class SlowClientsTest extends ChatTest {

    /** Opens a connection and sends the headers of a callback announcing 60,000 bytes, and ten of them. */
    private Socket startUpload(String timestamp, String sign) throws IOException {
        Socket socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(30_000);
        OutputStream out = socket.getOutputStream();
        out.write(("POST /webhook/dingtalk HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: 60000\r\n" + (timestamp == null ? "" : "timestamp: " + timestamp + "\r\n")
                + (sign == null ? "" : "sign: " + sign + "\r\n") + "\r\n{\"msgId\":").getBytes(StandardCharsets.UTF_8));
        out.flush();
        return socket;
    }

    /** Everything the server sends until it closes the connection, or fails when it has not within the timeout. */
    private static String untilClosed(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                received.write(buffer, 0, n);
            }
        }
        catch (SocketTimeoutException e) {
            throw new AssertionError("the connection is still open after 30 s: " + received, e);
        }
        return received.toString(StandardCharsets.UTF_8);
    }

    @Test
    void unsignedUploadsAreAnsweredAndClosedWithoutTheirBodies() throws Exception {
        List<Socket> uploads = new ArrayList<>();
        String stale = String.valueOf(clock.millis() - 2 * 3600_000L);
        for (int i = 0; i < 12; i++) {
            uploads.add(i % 2 == 0 ? startUpload(null, null)
                    : startUpload(stale, Signature.sign(stale, DingTalkCallbacks.SECRET)));
        }
        try {
            for (Socket upload : uploads) {
                long start = System.nanoTime();
                String response = untilClosed(upload);
                assertThat(response).startsWith("HTTP/1.1 401").containsIgnoringCase("connection: close");
                // the body is never read: closed in well under the 10 s a signed body may take
                assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(9_000);
            }
            assertThat(dingtalk.text(MEMBER, "3月2日 主题党日").statusCode()).isEqualTo(200);
        }
        finally {
            for (Socket upload : uploads) {
                upload.close();
            }
        }
    }

    @Test
    void aSignedUploadThatDripsIsCutOffAfterSeconds() throws Exception {
        String timestamp = dingtalk.freshTimestamp();
        try (Socket upload = startUpload(timestamp, Signature.sign(timestamp, DingTalkCallbacks.SECRET))) {
            long start = System.nanoTime();
            Thread drip = new Thread(() -> {
                try {
                    for (int i = 0; i < 40; i++) {
                        Thread.sleep(1000);
                        upload.getOutputStream().write(' ');
                        upload.getOutputStream().flush();
                    }
                }
                catch (IOException | InterruptedException e) {
                    // the server closed the connection: what this test waits for
                }
            });
            drip.setDaemon(true);
            drip.start();
            String response = untilClosed(upload);
            drip.interrupt();

            assertThat(response).startsWith("HTTP/1.1 408").containsIgnoringCase("connection: close");
            assertThat((System.nanoTime() - start) / 1_000_000).isBetween(9_000L, 25_000L);
        }
        assertThat(store.year("demo", 2026)).isEmpty();
    }
}
