package cn.dangjian.bot.chat;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.ServerHttpObservationFilter;

import tools.jackson.databind.ObjectWriter;

/**
 * DingTalk's robot HTTP callback, behind {@link CallbackSignatureFilter}: by the time this runs the signature, its
 * window, the sign's single use and the body's size (at most 64 KiB) have been checked, and the body has been read into
 * the {@link CallbackPayload} this answers. A servlet of its own rather than a Spring MVC controller: the dispatcher's
 * handler lookup, argument resolution and content negotiation cost a tenth of a stored message's CPU (bench/webhook)
 * for one path, one method and one kind of answer.
 */
final class WebhookServlet extends HttpServlet {

    static final String PATH = "/webhook/dingtalk";

    private final transient Conversation conversation;
    private final transient Replier replier;
    private final transient ObjectWriter json;

    WebhookServlet(Conversation conversation, Replier replier, ObjectWriter json) {
        this.conversation = conversation;
        this.replier = replier;
        this.json = json;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // the request metric's uri tag, as a controller mapped on the path would have it
        ServerHttpObservationFilter.findObservationContext(request).ifPresent(context -> context.setPathPattern(PATH));
        if ("OPTIONS".equals(request.getMethod())) {
            response.setHeader(HttpHeaders.ALLOW, "POST,OPTIONS");
            return;
        }
        if (!"POST".equals(request.getMethod())) {
            response.setHeader(HttpHeaders.ALLOW, "POST");
            response.sendError(HttpStatus.METHOD_NOT_ALLOWED.value());
            return;
        }
        CallbackSignatureFilter.Admitted admitted = (CallbackSignatureFilter.Admitted) request
                .getAttribute(CallbackSignatureFilter.ADMITTED);
        InboundMessage message = admitted.message();
        Reply reply = conversation.handle(message, admitted.ahead());
        Map<String, Object> body = replier.answerCallback(message, reply).orElseGet(Map::of);
        response.setStatus(HttpStatus.OK.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.getOutputStream().write(json.writeValueAsBytes(body));
    }
}
