package dev.switchboard.adapter.graphql.error;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.reactivestreams.Publisher;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refusals of GraphQL over HTTP that come before any document runs (a body that is not JSON or too large, a wrong
 * method or media type) answer like every other GraphQL failure: {@code {"errors": [{"message": ..., "extensions":
 * {"code": ...}}]}} with the HTTP status that tells what went wrong ({@code 400}, {@code 405}, {@code 413},
 * {@code 415}). Without this, Spring's GraphQL endpoint answers some of them with an empty body and the others fall
 * through to the REST adapter's Graph envelope.
 *
 * <p>It also refuses a body over {@code maxBodyBytes} by its {@code Content-Length}, before a byte is read; a body
 * without one is bounded by the codecs' in-memory limit, whose overflow ends here as the same {@code 413}. Failures of
 * the service itself and refusals of the security chain (401, 403, 429) are left to the application's handlers.
 */
public final class GraphQlTransportErrors implements WebFilter, Ordered {

    /** Before the security chain, so that the failures it lets through are seen on their way out. */
    public static final int ORDER = -200;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String NOT_A_GRAPHQL_REQUEST = "The request body is not a GraphQL request: a JSON object "
            + "with a 'query' string, and optional 'operationName' string and 'variables' object.";

    private final String path;
    private final long maxBodyBytes;

    public GraphQlTransportErrors(String path, long maxBodyBytes) {
        this.path = path;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!isGraphQlOverHttp(exchange)) {
            return chain.filter(exchange);
        }
        HttpMethod method = exchange.getRequest().getMethod();
        if (!HttpMethod.POST.equals(method) && !HttpMethod.GET.equals(method) && !HttpMethod.OPTIONS.equals(method)) {
            // no route takes them, and "no resource here" would be wrong: the resource only takes POST
            exchange.getResponse().getHeaders().setAllow(Set.of(HttpMethod.POST));
            return write(exchange.getResponse(), HttpStatus.METHOD_NOT_ALLOWED, messageFor(HttpStatus.METHOD_NOT_ALLOWED));
        }
        if (exchange.getRequest().getHeaders().getContentLength() > maxBodyBytes) {
            return write(exchange.getResponse(), HttpStatus.PAYLOAD_TOO_LARGE, tooLarge());
        }
        ErrorBodyForEmptyRefusals response = new ErrorBodyForEmptyRefusals(exchange.getResponse());
        return chain.filter(exchange.mutate().response(response).build())
                .then(Mono.defer(() -> response.bodyWritten || exchange.getResponse().isCommitted() ? Mono.empty()
                        // a handler that produced no answer at all: Spring's, for a body of JSON null
                        : write(exchange.getResponse(), HttpStatus.BAD_REQUEST, NOT_A_GRAPHQL_REQUEST)))
                .onErrorResume(failure -> refusal(failure) != null && !exchange.getResponse().isCommitted(),
                        failure -> write(exchange.getResponse(), refusal(failure), message(failure)));
    }

    private boolean isGraphQlOverHttp(ServerWebExchange exchange) {
        return exchange.getRequest().getPath().pathWithinApplication().value().equals(path)
                && !"websocket".equalsIgnoreCase(exchange.getRequest().getHeaders().getUpgrade());
    }

    /** The status of a transport failure, or null for anything else. */
    private static HttpStatusCode refusal(Throwable failure) {
        if (failure instanceof DataBufferLimitException || failure.getCause() instanceof DataBufferLimitException) {
            return HttpStatus.PAYLOAD_TOO_LARGE;
        }
        if (failure instanceof ResponseStatusException framework && isTransportRefusal(framework.getStatusCode())) {
            return framework.getStatusCode();
        }
        return null;
    }

    /** What HTTP itself refuses; a 401, 403 or 429 is the security chain's or the throttle's to answer. */
    private static boolean isTransportRefusal(HttpStatusCode status) {
        return switch (status.value()) {
            case 400, 405, 406, 413, 415 -> true;
            default -> false;
        };
    }

    private String message(Throwable failure) {
        if (refusal(failure) == HttpStatus.PAYLOAD_TOO_LARGE) {
            return tooLarge();
        }
        ResponseStatusException framework = (ResponseStatusException) failure;
        String reason = framework.getReason() == null ? "The request is not valid." : framework.getReason();
        return "Failed to read HTTP message".equals(reason) ? NOT_A_GRAPHQL_REQUEST : reason;
    }

    private String tooLarge() {
        return "The request body is larger than the " + maxBodyBytes + " bytes the service accepts.";
    }

    private static String messageFor(HttpStatusCode status) {
        if (status.value() == HttpStatus.METHOD_NOT_ALLOWED.value()) {
            return "GraphQL over HTTP takes POST; subscriptions take a WebSocket on the same path.";
        }
        if (status.value() == HttpStatus.UNSUPPORTED_MEDIA_TYPE.value()) {
            return "Send the GraphQL request as application/json.";
        }
        return "The request is not valid.";
    }

    private static String codeFor(HttpStatusCode status) {
        return switch (status.value()) {
            case 405 -> "MethodNotAllowed";
            case 406 -> "NotAcceptable";
            case 413 -> "RequestEntityTooLarge";
            case 415 -> "UnsupportedMediaType";
            default -> ErrorCodes.BAD_REQUEST;
        };
    }

    private static Mono<Void> write(ServerHttpResponse response, HttpStatusCode status, String message) {
        byte[] body = JSON.writeValueAsBytes(Map.of("errors", List.of(Map.of("message", message,
                "extensions", Map.of(ErrorCodes.EXTENSION, codeFor(status))))));
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_JSON);
        response.getHeaders().setContentLength(body.length);
        return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
    }

    /** Gives the refusals Spring writes without a body (405 for GET, 415 for another media type) the errors body. */
    private static final class ErrorBodyForEmptyRefusals extends ServerHttpResponseDecorator {

        private boolean bodyWritten;

        ErrorBodyForEmptyRefusals(ServerHttpResponse delegate) {
            super(delegate);
        }

        @Override
        public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
            bodyWritten = true;
            return super.writeWith(body);
        }

        @Override
        public Mono<Void> writeAndFlushWith(Publisher<? extends Publisher<? extends DataBuffer>> body) {
            bodyWritten = true;
            return super.writeAndFlushWith(body);
        }

        @Override
        public Mono<Void> setComplete() {
            HttpStatusCode status = getStatusCode();
            if (!bodyWritten && !isCommitted() && status != null && isTransportRefusal(status)) {
                bodyWritten = true;
                return write(getDelegate(), status, messageFor(status));
            }
            bodyWritten = true;
            return super.setComplete();
        }
    }
}
