package dev.switchboard.adapter.graphql.support;

import dev.switchboard.domain.common.TenantId;

import org.springframework.graphql.server.WebGraphQlRequest;

import reactor.core.publisher.Mono;

/**
 * The one seam through which the adapter learns the caller's tenant and application, for HTTP requests and for
 * every subscription on a WebSocket alike.
 *
 * <p>Until authentication exists (issue 6) every request acts for the configured defaults,
 * {@code switchboard.default-tenant-id} and {@code switchboard.default-application-id}. Issue 6 replaces the body of
 * {@link #resolve} with the validated token's {@code tid} and {@code appid} claims (from the {@code Authorization}
 * header, or from the WebSocket's {@code connection_init} payload); nothing else in the adapter changes.
 */
public class CallerResolver {

    private final Caller defaultCaller;

    public CallerResolver(CallerProperties properties) {
        this.defaultCaller = new Caller(TenantId.of(properties.defaultTenantId()), properties.defaultApplicationId());
    }

    public Mono<Caller> resolve(WebGraphQlRequest request) {
        return Mono.just(defaultCaller);
    }
}
