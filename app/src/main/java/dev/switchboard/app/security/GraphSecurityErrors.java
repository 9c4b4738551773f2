package dev.switchboard.app.security;

import dev.switchboard.domain.error.ForbiddenException;
import dev.switchboard.domain.error.InvalidInputException;
import dev.switchboard.domain.error.UnauthenticatedException;

import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * Refusals of the security chain, in the core's own terms: a missing or bad token becomes
 * {@link UnauthenticatedException} and a denial {@link ForbiddenException}, which the REST adapter's error handler
 * writes in Graph's envelope like every other failure ({@code 401 InvalidAuthenticationToken}, {@code 403 Forbidden}).
 * The {@code WWW-Authenticate} challenge follows RFC 6750: bare when no token came, with {@code error="invalid_token"}
 * and the reason when one did. A request the firewall refuses (an encoded NUL or slash in the path, a path that is not
 * normalised) is an {@link InvalidInputException}, so it too answers {@code 400} in the envelope instead of an empty body.
 */
final class GraphSecurityErrors implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler,
        ServerExchangeRejectedHandler {

    private static final String REALM = "Bearer realm=\"switchboard\"";

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException failure) {
        HttpHeaders headers = exchange.getResponse().getHeaders();
        if (failure instanceof OAuth2AuthenticationException invalid) {
            String reason = describe(invalid);
            headers.set(HttpHeaders.WWW_AUTHENTICATE, REALM + ", error=\"invalid_token\", error_description=\""
                    + reason.replace('"', '\'').replace('\\', '/') + "\"");
            return Mono.error(new UnauthenticatedException("Access token validation failure: " + reason));
        }
        headers.set(HttpHeaders.WWW_AUTHENTICATE, REALM);
        return Mono.error(new UnauthenticatedException(
                "Access token is empty: send 'Authorization: Bearer <token>'."));
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        return Mono.error(new ForbiddenException("The token does not allow this request."));
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, ServerExchangeRejectedException rejected) {
        return Mono.error(InvalidInputException.of("", "The request URL is not acceptable: " + rejected.getMessage()));
    }

    private static String describe(OAuth2AuthenticationException invalid) {
        String description = invalid.getError().getDescription();
        return description == null || description.isBlank() ? "the token is not valid." : description;
    }
}
