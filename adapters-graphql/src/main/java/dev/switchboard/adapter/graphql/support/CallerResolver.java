package dev.switchboard.adapter.graphql.support;

import dev.switchboard.application.port.in.access.Caller;
import dev.switchboard.domain.error.UnauthenticatedException;

import java.security.Principal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.graphql.server.WebSocketSessionInfo;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;

import reactor.core.publisher.Mono;

/**
 * The one seam through which the adapter learns who calls, for HTTP requests and WebSocket subscriptions alike.
 *
 * <ul>
 *   <li>Over HTTP the application's security chain has validated the bearer token before the request got here; its
 *       {@link Authentication} carries the {@link Caller}.</li>
 *   <li>Over WebSocket the caller is settled once, when the connection opens: from a token in the
 *       {@code connection_init} payload ({@code {"Authorization": "Bearer …"}}, as graphql-ws clients send it), or
 *       else from a token the handshake itself carried. Every subscription on the socket then acts for it.</li>
 * </ul>
 * Nothing is ever served for a default tenant: without a caller, a request is refused as unauthenticated.
 */
public class CallerResolver {

    private static final String SESSION_ATTRIBUTE = Caller.class.getName();
    private static final String BEARER = "bearer ";

    private final Optional<BearerTokenAuthenticator> tokens;

    public CallerResolver(Optional<BearerTokenAuthenticator> tokens) {
        this.tokens = tokens;
    }

    public Mono<Caller> resolve(WebGraphQlRequest request) {
        if (request instanceof WebSocketGraphQlRequest webSocket) {
            return Mono.justOrEmpty((Caller) webSocket.getSessionInfo().getAttributes().get(SESSION_ATTRIBUTE))
                    .switchIfEmpty(Mono.error(() -> unauthenticated("the WebSocket connection was not initialised")));
        }
        return ReactiveSecurityContextHolder.getContext()
                .map(SecurityContext::getAuthentication)
                .flatMap(authentication -> Mono.justOrEmpty(callerOf(authentication)))
                .switchIfEmpty(Mono.error(() -> unauthenticated("the request carries no valid bearer token")));
    }

    /** Settles the caller of a new WebSocket connection; an error closes it ({@code 4401 Unauthorized}). */
    public Mono<Caller> initialise(WebSocketSessionInfo session, Map<String, Object> payload) {
        Optional<String> token = bearerToken(payload);
        Mono<Caller> caller = token.isPresent()
                ? tokens.map(authenticator -> authenticator.authenticate(token.get()))
                        .orElseGet(() -> Mono.error(unauthenticated("this server takes no tokens in connection_init")))
                : session.getPrincipal().flatMap(principal -> Mono.justOrEmpty(callerOf(principal)));
        return caller
                .switchIfEmpty(Mono.error(() -> unauthenticated(
                        "send {\"Authorization\": \"Bearer <token>\"} as the connection_init payload")))
                .doOnNext(known -> session.getAttributes().put(SESSION_ATTRIBUTE, known));
    }

    private static Optional<Caller> callerOf(Principal principal) {
        return principal instanceof Authentication authentication && authentication.isAuthenticated()
                && authentication.getPrincipal() instanceof Caller caller ? Optional.of(caller) : Optional.empty();
    }

    /** {@code Authorization} (any casing) or {@code authToken}, with or without the {@code Bearer} scheme. */
    private static Optional<String> bearerToken(Map<String, Object> payload) {
        if (payload == null) {
            return Optional.empty();
        }
        return payload.entrySet().stream()
                .filter(entry -> entry.getKey().equalsIgnoreCase("authorization")
                        || entry.getKey().equalsIgnoreCase("authToken"))
                .map(Map.Entry::getValue)
                .filter(String.class::isInstance)
                .map(value -> ((String) value).trim())
                .map(value -> value.toLowerCase(Locale.ROOT).startsWith(BEARER)
                        ? value.substring(BEARER.length()).trim() : value)
                .filter(value -> !value.isEmpty())
                .findFirst();
    }

    private static UnauthenticatedException unauthenticated(String why) {
        return new UnauthenticatedException("Not authenticated: " + why + ".");
    }
}
