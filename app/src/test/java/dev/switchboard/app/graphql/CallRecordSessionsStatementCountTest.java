package dev.switchboard.app.graphql;

import dev.switchboard.app.TestTokens;
import dev.switchboard.app.security.LocalIssuer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.reactive.server.WebTestClient;

import javax.sql.DataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No N+1: a GraphQL page of call records with their sessions and segments costs a fixed number of SQL statements,
 * however many records the page holds. Every statement the application prepares on the real H2 database is counted.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        // nothing else may touch the database while statements are counted
        "switchboard.lifecycle.scheduler.enabled=false",
        "switchboard.call-records.purge.enabled=false",
        "switchboard.subscriptions.purge.enabled=false",
        "switchboard.notifications.enabled=false"})
@AutoConfigureWebTestClient
@ActiveProfiles("test")
class CallRecordSessionsStatementCountTest {

    private static final AtomicInteger STATEMENTS = new AtomicInteger();

    @Autowired
    WebTestClient client;

    @Autowired
    LocalIssuer issuer;

    @BeforeEach
    void actAsTheDefaultTenant() {
        client = client.mutate().defaultHeaders(h -> h.setBearerAuth(new TestTokens(issuer).allRoles())).build();
    }

    @Test
    void a_page_of_fifty_records_with_sessions_and_segments_costs_what_a_page_of_five_does() {
        storeRecords(5, "2031-01-01");
        storeRecords(50, "2032-01-01");

        int forFive = statementsToList("2031-01-01", "2031-12-31", 5);
        int forFifty = statementsToList("2032-01-01", "2032-12-31", 50);

        assertThat(forFifty).isEqualTo(forFive).isLessThanOrEqualTo(6);
    }

    /** Lists the records starting in the range, with sessions and segments, and returns the statements it took. */
    private int statementsToList(String from, String to, int expected) {
        STATEMENTS.set(0);
        client.post().uri("/graphql").bodyValue(Map.of("query", """
                        { callRecords(filter: {startFrom: "%sT00:00:00Z", startBefore: "%sT23:59:59Z"}, first: 60) {
                            edges { node { id sessions { id segments { id startDateTime } } } } } }"""
                        .formatted(from, to)))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.errors").doesNotExist()
                .jsonPath("$.data.callRecords.edges.length()").isEqualTo(expected)
                .jsonPath("$.data.callRecords.edges[0].node.sessions[1].segments[0].id").exists();
        return STATEMENTS.get();
    }

    private void storeRecords(int count, String day) {
        for (int i = 0; i < count; i++) {
            String start = day + "T09:00:%02dZ".formatted(i);
            client.post().uri("/v1.0/communications/callRecords").bodyValue(Map.of(
                            "type", "groupCall", "modalities", new String[]{"audio"},
                            "startDateTime", start, "endDateTime", day + "T10:00:00Z",
                            "sessions", new Object[]{session("a", start, day), session("b", start, day)}))
                    .exchange()
                    .expectStatus().isCreated();
        }
    }

    private static Map<String, Object> session(String id, String start, String day) {
        Map<String, Object> segment = Map.of("id", id + "-1", "startDateTime", start, "endDateTime", day + "T10:00:00Z");
        return Map.of("id", id, "startDateTime", start, "endDateTime", day + "T10:00:00Z",
                "modalities", new String[]{"audio"}, "segments", new Object[]{segment});
    }

    @TestConfiguration
    static class CountingStatements {

        /** Wraps the data source so that each statement a connection prepares or creates is counted. */
        @Bean
        static BeanPostProcessor countStatements() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource dataSource ? counting(dataSource) : bean;
                }
            };
        }

        private static DataSource counting(DataSource target) {
            return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(),
                    new Class<?>[]{DataSource.class}, (proxy, method, args) -> {
                        Object result = invoke(target, method, args);
                        return result instanceof Connection connection ? counting(connection) : result;
                    });
        }

        private static Connection counting(Connection target) {
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                    new Class<?>[]{Connection.class}, (proxy, method, args) -> {
                        if (method.getName().equals("prepareStatement") || method.getName().equals("createStatement")
                                || method.getName().equals("prepareCall")) {
                            STATEMENTS.incrementAndGet();
                        }
                        return invoke(target, method, args);
                    });
        }

        private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
