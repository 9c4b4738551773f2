package dev.switchboard.adapter.graphql.support;

import dev.switchboard.application.port.in.access.Caller;

import reactor.core.publisher.Mono;

/**
 * Checks a bearer token that a WebSocket client sends in its {@code connection_init} payload. Browsers cannot set
 * headers on a WebSocket handshake, so graphql-ws clients put the token there instead. The application wires the
 * same token validation as for HTTP requests; a refused token arrives as an error.
 */
@FunctionalInterface
public interface BearerTokenAuthenticator {

    Mono<Caller> authenticate(String token);
}
