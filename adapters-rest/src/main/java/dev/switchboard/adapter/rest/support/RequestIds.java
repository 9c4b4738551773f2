package dev.switchboard.adapter.rest.support;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.UUID;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;
import reactor.util.context.Context;

/**
 * Gives every request Graph's correlation headers: a fresh {@code request-id} GUID, and {@code client-request-id}
 * echoing the client's (or the request-id when the client sent none). Both are also kept on the exchange so the
 * error envelope can name them, and in Reactor's context under the header names, so that whatever thread the request
 * moves to can find them (the application copies them into its logs' MDC).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestIds implements WebFilter {

    public static final String REQUEST_ID = "request-id";
    public static final String CLIENT_REQUEST_ID = "client-request-id";

    private static final String REQUEST_ID_ATTRIBUTE = RequestIds.class.getName() + ".requestId";
    private static final String CLIENT_REQUEST_ID_ATTRIBUTE = RequestIds.class.getName() + ".clientRequestId";
    private static final int MAX_CLIENT_REQUEST_ID = 256;

    private final Clock clock = Clock.systemUTC();

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String requestId = requestId(exchange);
        Optional<String> clientRequestId = clientRequestId(exchange);
        ServerHttpResponse response = exchange.getResponse();
        // set at commit time, so that an error response written later carries them too
        response.beforeCommit(() -> {
            HttpHeaders headers = response.getHeaders();
            headers.set(REQUEST_ID, requestId);
            headers.set(CLIENT_REQUEST_ID, clientRequestId.orElse(requestId));
            if (!headers.containsHeader(HttpHeaders.DATE)) {
                headers.set(HttpHeaders.DATE, DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(clock)));
            }
            return Mono.empty();
        });
        return chain.filter(exchange).contextWrite(Context.of(REQUEST_ID, requestId,
                CLIENT_REQUEST_ID, clientRequestId.orElse(requestId)));
    }

    /** This request's id, made on first use. */
    public static String requestId(ServerWebExchange exchange) {
        return exchange.getAttributes().computeIfAbsent(REQUEST_ID_ATTRIBUTE, key -> UUID.randomUUID().toString()).toString();
    }

    /** The client's {@code client-request-id}, if it sent a usable one. */
    public static Optional<String> clientRequestId(ServerWebExchange exchange) {
        Object cached = exchange.getAttributes().computeIfAbsent(CLIENT_REQUEST_ID_ATTRIBUTE, key ->
                Optional.ofNullable(exchange.getRequest().getHeaders().getFirst(CLIENT_REQUEST_ID))
                        .map(String::trim)
                        .filter(id -> !id.isEmpty() && id.length() <= MAX_CLIENT_REQUEST_ID)
                        .orElse(""));
        return Optional.of(cached.toString()).filter(id -> !id.isEmpty());
    }
}
