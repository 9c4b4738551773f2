package dev.switchboard.adapter.graphql.support;

import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.server.webflux.GraphiQlHandler;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * GraphiQL at {@code /graphiql}, with Spring's handler (it sends {@code /graphiql} on to
 * {@code /graphiql?path=/graphql&wsPath=/graphql}) but a page of our own, {@code graphiql-offline/index.html}: GraphiQL and React come
 * from webjars on the classpath, not from a CDN, so the page works where the internet does not.
 */
public final class OfflineGraphiQl {

    public static final String PATH = "/graphiql";

    private OfflineGraphiQl() {
    }

    public static RouterFunction<ServerResponse> route(String graphQlPath, String webSocketPath) {
        GraphiQlHandler handler = new GraphiQlHandler(graphQlPath, webSocketPath,
                new ClassPathResource("graphiql-offline/index.html"));
        return RouterFunctions.route().GET(PATH, handler::handleRequest).build();
    }
}
