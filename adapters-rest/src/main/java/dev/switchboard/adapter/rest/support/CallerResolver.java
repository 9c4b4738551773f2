package dev.switchboard.adapter.rest.support;

import dev.switchboard.adapter.rest.RestProperties;
import dev.switchboard.domain.common.TenantId;

import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * The one seam through which the adapter learns the caller's tenant and application.
 *
 * <p>Until authentication exists (issue 6) every request acts for the configured defaults,
 * {@code switchboard.rest.default-tenant-id} and {@code switchboard.rest.default-application-id}. Issue 6 replaces
 * the body of {@link #resolve} with the validated token's {@code tid} and {@code appid} claims; nothing else in the
 * adapter changes.
 */
@Component
public class CallerResolver {

    private final Caller defaultCaller;

    public CallerResolver(RestProperties properties) {
        this.defaultCaller = new Caller(TenantId.of(properties.defaultTenantId()), properties.defaultApplicationId());
    }

    public Mono<Caller> resolve(ServerWebExchange exchange) {
        return Mono.just(defaultCaller);
    }
}
