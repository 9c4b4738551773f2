package dev.switchboard.adapter.graphql.support;

import dev.switchboard.application.port.in.access.Caller;

import java.util.Map;

import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlInterceptor;
import org.springframework.graphql.server.WebSocketSessionInfo;

import reactor.core.publisher.Mono;

/**
 * Puts the {@link Caller} into the GraphQL context of every request, over HTTP and over WebSocket, so that
 * controllers never look at transport details; on a WebSocket it settles the caller when the connection opens.
 */
public class CallerInterceptor implements WebSocketGraphQlInterceptor {

    /** The GraphQL context entry that holds the caller. */
    public static final String CONTEXT_KEY = "caller";

    private final CallerResolver resolver;

    public CallerInterceptor(CallerResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public Mono<Object> handleConnectionInitialization(WebSocketSessionInfo sessionInfo,
                                                       Map<String, Object> connectionInitPayload) {
        return resolver.initialise(sessionInfo, connectionInitPayload).then(Mono.empty());
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        return resolver.resolve(request).flatMap(caller -> {
            request.configureExecutionInput((input, builder) ->
                    builder.graphQLContext(Map.of(CONTEXT_KEY, caller)).build());
            return chain.next(request);
        });
    }
}
