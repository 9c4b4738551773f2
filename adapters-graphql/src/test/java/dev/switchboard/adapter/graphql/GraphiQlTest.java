package dev.switchboard.adapter.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The adapter's defaults: GraphiQL at {@code /graphiql}, pointed at queries and subscriptions on {@code /graphql}. */
class GraphiQlTest extends GraphQlTestSupport {

    @Test
    void graphiql_is_served_at_graphiql_for_queries_and_subscriptions_on_graphql() {
        WebTestClient browser = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();

        String location = browser.get().uri("/graphiql").exchange().expectStatus().is3xxRedirection()
                .returnResult(Void.class).getResponseHeaders().getLocation().toString();
        assertThat(location).endsWith("/graphiql?path=/graphql&wsPath=/graphql");

        browser.get().uri(location).exchange().expectStatus().isOk()
                .expectBody(String.class).value(page -> assertThat(page).containsIgnoringCase("graphiql")
                        // the scripts come from the application, so the page works offline
                        .contains("/webjars/graphiql/", "/webjars/react/").doesNotContain("esm.sh", "unpkg.com", "jsdelivr"));
    }
}
