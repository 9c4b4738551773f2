package dev.switchboard.adapter.graphql.support;

import java.util.Map;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;

import reactor.core.publisher.Mono;

/**
 * Puts the {@link Caller} into the GraphQL context of every request, over HTTP and over WebSocket (where it runs for
 * each {@code subscribe} message), so that controllers never look at transport details.
 */
public class CallerInterceptor implements WebGraphQlInterceptor {

    private final CallerResolver resolver;

    public CallerInterceptor(CallerResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        return resolver.resolve(request).flatMap(caller -> {
            request.configureExecutionInput((input, builder) ->
                    builder.graphQLContext(Map.of(Caller.CONTEXT_KEY, caller)).build());
            return chain.next(request);
        });
    }
}
