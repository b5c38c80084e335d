package cn.dangjian.bot.chat;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;

/**
 * Lets a refused request go without its body. After a servlet answers, Tomcat reads ("swallows") what is left of the
 * body to keep the connection for the next request, in the same worker thread: an unsigned upload announcing 60 KB and
 * dripping a byte every two seconds held a worker for half an hour, even answered 401 with {@code Connection: close}.
 * A request marked with {@link #leave} is told to the connector as an aborted upload instead: it reads nothing more
 * and closes the connection once the answer is sent.
 */
final class UnreadBodies extends ValveBase {

    private static final String LEAVE = UnreadBodies.class.getName() + ".leave";

    UnreadBodies() {
        super(true);
    }

    /** Marks the request: whatever of its body is unread stays unread, and its connection closes. */
    static void leave(HttpServletRequest request) {
        request.setAttribute(LEAVE, Boolean.TRUE);
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        getNext().invoke(request, response);
        if (request.getAttribute(LEAVE) != null) {
            request.getCoyoteRequest().action(ActionCode.DISABLE_SWALLOW_INPUT, null);
        }
    }
}
