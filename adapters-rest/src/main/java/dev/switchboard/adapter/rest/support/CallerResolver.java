package dev.switchboard.adapter.rest.support;

import dev.switchboard.application.port.in.access.Caller;
import dev.switchboard.domain.error.UnauthenticatedException;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * The one seam through which the adapter learns who calls. The application's security chain validates the bearer
 * token before any handler runs and leaves an {@link Authentication} whose principal is the {@link Caller} (tenant
 * from {@code tid}, application from {@code appid}/{@code azp}, roles from {@code roles}). A request that reaches
 * the adapter without one is refused, never served for some default tenant.
 */
@Component
public class CallerResolver {

    public Mono<Caller> resolve(ServerWebExchange exchange) {
        return exchange.getPrincipal()
                .flatMap(principal -> principal instanceof Authentication authentication
                        && authentication.isAuthenticated()
                        && authentication.getPrincipal() instanceof Caller caller
                        ? Mono.just(caller) : Mono.<Caller>empty())
                .switchIfEmpty(Mono.error(() -> new UnauthenticatedException(
                        "The request carries no valid bearer token; send 'Authorization: Bearer <token>'.")));
    }
}
