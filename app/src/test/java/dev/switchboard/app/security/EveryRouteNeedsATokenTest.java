package dev.switchboard.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.app.TestTokens;
import dev.switchboard.app.rest.RestClientSupport;
import dev.switchboard.app.security.ExposedRoutes.Route;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.SignedJWT;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.test.tester.WebSocketGraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.reactive.socket.client.ReactorNettyWebSocketClient;

/**
 * Nobody gets in without a valid token. The routes are read from the running application (handler mappings, router
 * functions, the GraphQL schema's operations); each one is tried with no token, an expired one, one signed by another
 * key and one for another audience, and each answers {@code 401 InvalidAuthenticationToken} in Graph's envelope with a
 * {@code WWW-Authenticate} challenge. Only health and the local issuer's own endpoints (and the documentation pages,
 * which hold no data: GraphiQL, Swagger UI, the OpenAPI document, the web console's static files) answer without one.
 */
class EveryRouteNeedsATokenTest extends RestClientSupport {

    /** What may be reached without a token in the embedded default; nothing else. */
    private static final Set<String> PUBLIC = Set.of(
            "GET /actuator/health", "GET /actuator/health/{*path}", "POST /dev/token", "GET /.well-known/jwks.json",
            "GET /.well-known/openid-configuration", "GET /graphiql",
            // the web console's page: static, it reads everything through /graphql with its user's token
            "GET /console",
            // documentation pages that hold no data, public only with the local issuer on (SecurityConfiguration)
            "GET /v3/api-docs", "GET /v3/api-docs/swagger-config", "GET /v3/api-docs.yaml", "GET /swagger-ui.html");

    private static RSAKey strangersKey;

    @Autowired
    ApplicationContext context;

    @Autowired
    GraphQlSource graphQl;

    @BeforeAll
    static void aKeyOfSomeoneElse() throws Exception {
        strangersKey = new RSAKeyGenerator(2048).keyID("stranger").generate();
    }

    /** The tokens that must all be refused, by what is wrong with them. */
    private Map<String, String> badTokens() throws Exception {
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("no token", null);
        bad.put("an expired token", tokens().expired());
        bad.put("a token signed by another key", signedByAStranger(tokens().allRoles()));
        bad.put("a token for another audience", tokens().bent(claims -> claims.audience("api://someone-else")));
        bad.put("a token naming no tenant", tokens().bent(claims -> claims.claim("tid", null)));
        bad.put("not a token at all", "not-a-jwt");
        return bad;
    }

    @Test
    void the_routes_are_read_from_the_application_not_from_a_list() {
        Set<String> routes = routes().stream().map(Route::toString).collect(Collectors.toSet());

        assertThat(routes).contains("POST /{version:v1\\.0|beta}/communications/calls",
                "PATCH /{version:v1\\.0|beta}/communications/callRecords/{callRecordId}", "POST /graphql",
                "GET /actuator/health").hasSizeGreaterThan(25);
    }

    @Test
    void every_route_but_health_and_the_local_issuer_answers_401_to_every_bad_token() throws Exception {
        Map<String, String> bad = badTokens();
        List<Route> guarded = routes().stream().filter(route -> !PUBLIC.contains(route.toString())).toList();
        for (Route route : guarded) {
            for (Map.Entry<String, String> token : bad.entrySet()) {
                Response response = sendAs(token.getValue(), route.method(), route.examplePath(),
                        route.method() == HttpMethod.GET || route.method() == HttpMethod.DELETE ? null : "{}");

                assertThat(response.status()).as("%s with %s answered %s", route, token.getKey(), response.raw())
                        .isEqualTo(401);
                response.expectError(401, "InvalidAuthenticationToken");
                String challenge = response.headers().getFirst(HttpHeaders.WWW_AUTHENTICATE);
                assertThat(challenge).as("challenge of %s with %s", route, token.getKey()).startsWith("Bearer ");
                if (token.getValue() != null) {
                    assertThat(challenge).contains("error=\"invalid_token\"");
                }
            }
        }
    }

    @Test
    void every_graphql_query_and_mutation_answers_401_to_every_bad_token() throws Exception {
        for (String field : rootFields("Query", "Mutation")) {
            for (Map.Entry<String, String> token : badTokens().entrySet()) {
                Response response = sendAs(token.getValue(), HttpMethod.POST, "/graphql",
                        "{\"query\": \"{ " + field + " { __typename } }\"}");

                assertThat(response.status()).as("%s with %s answered %s", field, token.getKey(), response.raw())
                        .isEqualTo(401);
                response.expectError(401, "InvalidAuthenticationToken");
            }
        }
    }

    @Test
    void every_graphql_subscription_is_refused_on_a_socket_without_a_valid_token() throws Exception {
        for (String field : rootFields("Subscription")) {
            for (Map.Entry<String, String> token : badTokens().entrySet()) {
                WebSocketGraphQlTester.Builder<?> socket = WebSocketGraphQlTester.builder(
                        URI.create("ws://localhost:" + port + "/graphql"), new ReactorNettyWebSocketClient());
                if (token.getValue() != null) {
                    socket.interceptor(TestTokens.inConnectionInit(token.getValue()));
                }
                WebSocketGraphQlTester tester = socket.build();
                try {
                    Throwable refusal = catchRefusal(() -> tester.document(
                                    "subscription { " + field + argumentsOf(field) + " { __typename } }")
                            .executeSubscription().toFlux().blockFirst(Duration.ofSeconds(10)));

                    assertThat(refusal).as("%s with %s", field, token.getKey()).isNotNull();
                    assertThat(refusal.toString()).as("%s with %s", field, token.getKey()).contains("4401");
                } finally {
                    tester.stop().block(Duration.ofSeconds(5));
                }
            }
        }
    }

    @Test
    void health_and_the_local_issuer_answer_without_a_token() {
        assertThat(sendAs(null, HttpMethod.GET, "/actuator/health", null).status()).isEqualTo(200);
        assertThat(sendAs(null, HttpMethod.GET, "/actuator/health/liveness", null).status()).isEqualTo(200);
        assertThat(sendAs(null, HttpMethod.GET, "/.well-known/jwks.json", null).status()).isEqualTo(200);
        assertThat(sendAs(null, HttpMethod.GET, "/.well-known/openid-configuration", null).status()).isEqualTo(200);
        assertThat(sendAs(null, HttpMethod.POST, "/dev/token", "{}").status()).isEqualTo(200);
        assertThat(sendAs(null, HttpMethod.GET, "/graphiql", null).status()).isLessThan(400);
        assertThat(sendAs(null, HttpMethod.GET, "/console", null).status()).isEqualTo(200);
        assertThat(sendAs(null, HttpMethod.GET, "/console/js/main.js", null).status()).isEqualTo(200);
    }

    @Test
    void an_unknown_path_without_a_token_is_401_not_404_so_nothing_is_learned_about_routes() {
        sendAs(null, HttpMethod.GET, "/v1.0/no/such/thing", null).expectError(401, "InvalidAuthenticationToken");
        sendAs(defaultToken(), HttpMethod.GET, "/v1.0/no/such/thing", null).expectError(404, "NotFound");
    }

    private Set<Route> routes() {
        return ExposedRoutes.of(context);
    }

    private List<String> rootFields(String... types) {
        GraphQLSchema schema = graphQl.schema();
        return Arrays.stream(types)
                .map(schema::getObjectType)
                .map(GraphQLObjectType::getFieldDefinitions)
                .flatMap(List::stream)
                .map(GraphQLFieldDefinition::getName)
                .toList();
    }

    private String argumentsOf(String subscription) {
        GraphQLFieldDefinition field = graphQl.schema().getSubscriptionType().getFieldDefinition(subscription);
        return field.getArguments().isEmpty() ? "" : field.getArguments().stream()
                .map(argument -> argument.getName() + ": \"x\"").collect(Collectors.joining(", ", "(", ")"));
    }

    private static Throwable catchRefusal(Runnable subscribing) {
        try {
            subscribing.run();
            return null;
        } catch (RuntimeException refused) {
            return refused;
        }
    }

    private static String signedByAStranger(String token) throws Exception {
        SignedJWT original = SignedJWT.parse(token);
        SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(
                original.getHeader().getKeyID()).build(), original.getJWTClaimsSet());
        forged.sign(new RSASSASigner(strangersKey));
        return forged.serialize();
    }
}
