package dev.switchboard.app.observability;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;

/**
 * One debug line per request ({@code logging.level.dev.switchboard.app.observability.RequestLog=debug}): method, path,
 * status and time taken, with the request ids that {@link RequestIdsInLogs} puts into the MDC. Off by default; the
 * metrics at {@code /actuator/prometheus} count every request anyway.
 */
final class RequestLog implements WebFilter, Ordered {

    private static final Logger log = LoggerFactory.getLogger(RequestLog.class);

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!log.isDebugEnabled()) {
            return chain.filter(exchange);
        }
        long start = System.nanoTime();
        return chain.filter(exchange).doFinally(signal -> log.debug("{} {} answered {} in {} ms",
                exchange.getRequest().getMethod(), exchange.getRequest().getPath().value(),
                exchange.getResponse().getStatusCode(), (System.nanoTime() - start) / 1_000_000));
    }

    /** Just inside the REST adapter's {@code RequestIds}, so that its ids are known here. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }
}
