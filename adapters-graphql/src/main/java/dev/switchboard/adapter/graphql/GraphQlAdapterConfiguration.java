package dev.switchboard.adapter.graphql;

import dev.switchboard.adapter.graphql.error.ErrorCodeInterceptor;
import dev.switchboard.adapter.graphql.error.GraphQlTransportErrors;
import dev.switchboard.adapter.graphql.error.SubscriptionErrors;
import dev.switchboard.adapter.graphql.operation.OperationViews;
import dev.switchboard.adapter.graphql.scalar.SchemaWiring;
import dev.switchboard.adapter.graphql.support.BearerTokenAuthenticator;
import dev.switchboard.adapter.graphql.support.CallerArgumentResolver;
import dev.switchboard.adapter.graphql.support.CallerInterceptor;
import dev.switchboard.adapter.graphql.support.CallerResolver;
import dev.switchboard.adapter.graphql.support.OfflineGraphiQl;
import dev.switchboard.adapter.graphql.support.ParsedDocumentCache;
import dev.switchboard.adapter.graphql.support.QueryLimits;

import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;

import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.ClassNameTypeResolver;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.util.unit.DataSize;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The GraphQL adapter's Spring setup. Its controllers and error advice are found by component scan of
 * {@code dev.switchboard.adapter}; they reach the core only through the use-case beans that {@code app} defines.
 * Spring Boot builds the schema from {@code graphql/*.graphqls} and picks up the beans below.
 *
 * <p>The adapter's defaults ({@code graphql-adapter-defaults.properties}: GraphiQL at {@code /graphiql},
 * subscriptions over WebSocket at {@code /graphql}) rank below everything the application configures.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GraphQlAdapterProperties.class)
@PropertySource("classpath:graphql-adapter-defaults.properties")
public class GraphQlAdapterConfiguration {

    /** GraphiQL whose scripts come from the classpath: Spring's own page (turned off) loads them from a CDN. */
    @Bean
    @ConditionalOnProperty(name = "switchboard.graphql.graphiql.enabled", havingValue = "true")
    RouterFunction<ServerResponse> graphiQl(@Value("${spring.graphql.http.path:/graphql}") String graphQlPath,
                                            @Value("${spring.graphql.websocket.path:/graphql}") String webSocketPath) {
        return OfflineGraphiQl.route(graphQlPath, webSocketPath);
    }

    @Bean
    RuntimeWiringConfigurer graphQlSchemaWiring() {
        return new SchemaWiring();
    }

    /** Operations are the schema's one interface; each view class stands for one of its types. */
    @Bean
    GraphQlSourceBuilderCustomizer graphQlOperationTypes() {
        ClassNameTypeResolver types = new ClassNameTypeResolver();
        OperationViews.TYPE_NAMES.forEach(types::addMapping);
        return builder -> builder.defaultTypeResolver(types);
    }

    /** Each distinct document is parsed and validated once: 500 of them, of up to 16 KiB each, are kept. */
    @Bean
    GraphQlSourceBuilderCustomizer graphQlParsedDocuments() {
        ParsedDocumentCache documents = new ParsedDocumentCache(500, 16 * 1024);
        return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(documents));
    }

    @Bean
    MaxQueryDepthInstrumentation graphQlMaxQueryDepth(GraphQlAdapterProperties properties) {
        return QueryLimits.depth(properties.maxQueryDepth());
    }

    @Bean
    MaxQueryComplexityInstrumentation graphQlMaxQueryComplexity(GraphQlAdapterProperties properties) {
        return QueryLimits.complexity(properties.maxQueryComplexity());
    }

    /** Tokens in a WebSocket's {@code connection_init} are checked by the application's validator, when it has one. */
    @Bean
    CallerResolver graphQlCallerResolver(ObjectProvider<BearerTokenAuthenticator> tokens) {
        return new CallerResolver(Optional.ofNullable(tokens.getIfUnique()));
    }

    @Bean
    CallerArgumentResolver graphQlCallerArgumentResolver() {
        return new CallerArgumentResolver();
    }

    @Bean
    @Order(1)
    CallerInterceptor graphQlCallerInterceptor(CallerResolver graphQlCallerResolver) {
        return new CallerInterceptor(graphQlCallerResolver);
    }

    @Bean
    @Order(0)
    ErrorCodeInterceptor graphQlErrorCodes() {
        return new ErrorCodeInterceptor();
    }

    /**
     * Transport refusals in GraphQL's shape. The largest body is the codecs' in-memory limit
     * ({@code spring.codec.max-in-memory-size}, Spring's default 256 KB), which bounds a body without a length too.
     */
    @Bean
    GraphQlTransportErrors graphQlTransportErrors(@Value("${spring.graphql.http.path:/graphql}") String graphQlPath,
                                                  @Value("${spring.codec.max-in-memory-size:256KB}") DataSize maxBody) {
        return new GraphQlTransportErrors(graphQlPath, maxBody.toBytes());
    }

    @Bean
    SubscriptionErrors graphQlSubscriptionErrors() {
        return new SubscriptionErrors();
    }
}
