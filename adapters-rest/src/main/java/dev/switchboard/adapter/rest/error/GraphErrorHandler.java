package dev.switchboard.adapter.rest.error;

import dev.switchboard.adapter.rest.RestProperties;
import dev.switchboard.adapter.rest.odata.ODataJson;
import dev.switchboard.adapter.rest.support.RequestIds;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;

import reactor.core.publisher.Mono;
import tools.jackson.databind.node.ObjectNode;

/**
 * Answers every failure with Graph's error envelope (graph-api §7.1), whether a use case refused the request or the
 * framework did (no route, wrong method, wrong media type, body too large):
 *
 * <pre>{@code {"error": {"code": "itemNotFound", "message": "...",
 *            "innerError": {"date": "2025-03-04T10:15:30", "request-id": "...", "client-request-id": "..."}}}}</pre>
 *
 * It runs before Spring Boot's own error handler, so no failure leaves in another shape.
 */
@Component
@Order(-2)
public class GraphErrorHandler implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(GraphErrorHandler.class);
    private static final DateTimeFormatter GRAPH_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private final ODataJson json;
    private final int retryAfterSeconds;
    private final Clock clock = Clock.systemUTC();

    public GraphErrorHandler(ODataJson json, RestProperties properties) {
        this.json = json;
        this.retryAfterSeconds = properties.retryAfterSeconds();
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.error(failure);
        }
        GraphError error = GraphError.of(failure, retryAfterSeconds);
        if (error.status() == HttpStatus.SERVICE_UNAVAILABLE) {
            // one line, no stack trace: while the database is away every request lands here, and a log storm of
            // stack traces would only slow the service down when it most needs to answer fast
            log.warn("{} {} answered 503 (request-id {}): {}", exchange.getRequest().getMethod(),
                    exchange.getRequest().getPath(), RequestIds.requestId(exchange), rootCause(failure));
        } else if (error.status().is5xxServerError()) {
            log.error("{} {} failed (request-id {})", exchange.getRequest().getMethod(),
                    exchange.getRequest().getPath(), RequestIds.requestId(exchange), failure);
        } else {
            log.debug("{} {} answered {}: {}", exchange.getRequest().getMethod(), exchange.getRequest().getPath(),
                    error.status().value(), error.message());
        }
        response.setStatusCode(error.status());
        response.getHeaders().putAll(error.headers());
        response.getHeaders().setContentType(MediaType.APPLICATION_JSON);
        DataBuffer body = response.bufferFactory().wrap(json.bytes(envelope(exchange, error)));
        return response.writeWith(Mono.just(body));
    }

    private static String rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause == failure ? String.valueOf(failure.getMessage())
                : failure.getMessage() + " (" + cause.getClass().getSimpleName() + ": " + cause.getMessage() + ")";
    }

    private ObjectNode envelope(ServerWebExchange exchange, GraphError error) {
        ObjectNode envelope = json.object();
        ObjectNode body = envelope.putObject("error");
        body.put("code", error.code());
        body.put("message", error.message());
        ObjectNode inner = body.putObject("innerError");
        inner.put("date", GRAPH_DATE.format(LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS)));
        inner.put(RequestIds.REQUEST_ID, RequestIds.requestId(exchange));
        RequestIds.clientRequestId(exchange).ifPresent(id -> inner.put(RequestIds.CLIENT_REQUEST_ID, id));
        if (error.status() == HttpStatus.TOO_MANY_REQUESTS) {
            // graph-api §7.5: a throttled answer names its status in innerError too
            inner.put("code", "429");
            inner.put("status", 429);
        }
        return envelope;
    }
}
