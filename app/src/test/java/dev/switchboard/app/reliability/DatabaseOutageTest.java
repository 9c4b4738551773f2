package dev.switchboard.app.reliability;

import dev.switchboard.adapter.persistence.event.PostgresCallEvents;
import dev.switchboard.app.SwitchboardApplication;
import dev.switchboard.app.TestTokens;
import dev.switchboard.app.events.LiveEvents;
import dev.switchboard.app.lifecycle.CallbackReceiver;
import dev.switchboard.app.rest.OnPostgres;
import dev.switchboard.app.security.LocalIssuer;
import dev.switchboard.domain.common.CallId;
import dev.switchboard.domain.event.CallEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * PostgreSQL goes away under load, in both ways it can (the server stops: connections refused; the network is cut:
 * packets dropped and nothing answers), and comes back. Meanwhile every request is answered within two seconds,
 * REST with {@code 503 serviceNotAvailable} and an integer {@code Retry-After} in Graph's envelope, GraphQL with an
 * error coded {@code serviceNotAvailable}; readiness says DOWN while liveness stays UP; no request thread is left
 * waiting on the database. When it is back, the same process serves again without a restart: writes succeed,
 * readiness is UP, the outbox delivers the notification that was committed before the outage and the ones made
 * after, and live events flow again through {@code LISTEN}/{@code NOTIFY}.
 *
 * <p>The server itself cannot be stopped (other tests share it), so the application reaches it through a
 * {@link CuttableTcpProxy} that the test cuts and restores. The bounds come from the production profile
 * ({@code application-postgres.yml}), unchanged here.
 */
@OnPostgres
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseOutageTest {

    private static final String URL_VARIABLE = "SWITCHBOARD_TEST_POSTGRES_URL";
    private static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
    /** A schema of this test's own, dropped and built again on each run. */
    private static final String SCHEMA = "switchboard_outage";
    private static final Duration BOUND = Duration.ofSeconds(2);
    private static final Duration LOAD_BEFORE_THE_CUT = Duration.ofMillis(1500);
    private static final Duration OUTAGE = Duration.ofSeconds(5);
    private static final int CLIENTS = 8;
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CuttableTcpProxy proxy;
    private ConfigurableApplicationContext app;
    private final List<CallEvent> liveEvents = new CopyOnWriteArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private String base;
    private String token;

    @BeforeAll
    void startTheApplicationBehindTheProxy() throws Exception {
        dropTheSchema();
        Matcher url = Pattern.compile("jdbc:postgresql://([^:/?]+)(?::(\\d+))?/([^?]*)(\\?.*)?").matcher(url());
        assertThat(url.matches()).as("a PostgreSQL JDBC URL: %s", url()).isTrue();
        proxy = new CuttableTcpProxy(url.group(1), url.group(2) == null ? 5432 : Integer.parseInt(url.group(2)));
        String query = url.group(4) == null ? "?" : url.group(4) + "&";
        app = new SpringApplicationBuilder(SwitchboardApplication.class).profiles("postgres").run(
                "--server.port=0",
                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + proxy.port() + "/" + url.group(3) + query
                        + "currentSchema=" + SCHEMA,
                "--spring.datasource.username=",
                "--spring.datasource.password=",
                "--spring.flyway.schemas=" + SCHEMA,
                "--spring.flyway.create-schemas=true",
                // the production profile trusts a real identity provider; this test signs its own tokens
                "--switchboard.security.local-issuer.enabled=true",
                "--switchboard.data-dir=target/test-data",
                "--switchboard.throttling.enabled=false",
                "--switchboard.lifecycle.operation-delay=PT0.2S",
                "--switchboard.lifecycle.poll-interval=50ms",
                "--switchboard.notifications.poll-interval=50ms",
                // a failed delivery is tried again one to two seconds later: long enough to cut the database first
                "--switchboard.notifications.initial-backoff=2s",
                "--switchboard.notifications.max-backoff=2s");
        base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
        token = new TestTokens(app.getBean(LocalIssuer.class)).allRoles();
        LiveEvents events = app.getBean(LiveEvents.class);
        assertThat(events.transport()).isEqualTo("postgres");
        events.source().listen(liveEvents::add);
        try (Connection connection = app.getBean(DataSource.class).getConnection()) {
            assertThat(connection.getNetworkTimeout()).as("the socket timeout of the production profile, in ms")
                    .isEqualTo(1000);
        }
    }

    /** A test that failed half-way leaves the database reachable for the next. */
    @AfterEach
    void restoreTheNetwork() throws IOException {
        proxy.restore();
    }

    @AfterAll
    void stop() throws IOException {
        if (app != null) {
            app.close();
        }
        if (proxy != null) {
            proxy.close();
        }
    }

    @Test
    void the_server_stops_connections_are_refused_and_it_comes_back() throws Exception {
        outageAndRecovery(proxy::refuse);
    }

    @Test
    void the_network_is_cut_nothing_answers_and_it_heals() throws Exception {
        outageAndRecovery(proxy::blackhole);
    }

    private void outageAndRecovery(Cut cut) throws Exception {
        try (CallbackReceiver bot = new CallbackReceiver(1); CallbackReceiver sink = new CallbackReceiver(0)) {
            // a notification committed before the outage, whose first delivery failed: it waits in the outbox
            String before = createCall(bot.url()).expect(201).text("/id");
            await().atMost(PATIENCE).until(() -> !bot.received().isEmpty());
            String pending = bot.received().get(0).notificationId();

            List<Timed> timed = new CopyOnWriteArrayList<>();
            AtomicBoolean loading = new AtomicBoolean(true);
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS + 1);
            List<Future<?>> load = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                int client = i;
                load.add(clients.submit(() -> {
                    for (int n = 0; loading.get(); n++) {
                        timed.add(mixedRequest(client + n, before, sink.url()));
                    }
                }));
            }
            // how slow the machine itself is meanwhile: a request that needs no database, every 100 ms
            List<Duration> machine = new CopyOnWriteArrayList<>();
            load.add(clients.submit(() -> {
                while (loading.get()) {
                    long started = System.nanoTime();
                    get("/actuator/health/liveness").expect(200);
                    machine.add(Duration.ofNanos(System.nanoTime() - started));
                    sleep(100);
                }
            }));
            Thread.sleep(LOAD_BEFORE_THE_CUT.toMillis());
            long cutAt = System.nanoTime();
            cut.apply();

            await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                    assertThat(get("/actuator/health/readiness").status()).isEqualTo(503));
            assertThat(get("/actuator/health/readiness").json().get("status").asString()).isEqualTo("DOWN");
            assertThat(get("/actuator/health/liveness").expect(200).json().get("status").asString()).isEqualTo("UP");
            Thread.sleep(Math.max(0, OUTAGE.toMillis() - Duration.ofNanos(System.nanoTime() - cutAt).toMillis()));
            loading.set(false);
            for (Future<?> client : load) {
                client.get(30, TimeUnit.SECONDS);
            }
            clients.shutdown();

            List<Timed> duringTheOutage = timed.stream().filter(t -> t.startedAt() > cutAt).toList();
            // the bound is on the service's waiting for the database; a machine too busy to answer a request that
            // needs none in time (other builds on two shared cores) adds its own delay, measured in the same moments
            Duration bound = BOUND.plus(machine.stream().max(Duration::compareTo).orElseThrow());
            assertThat(timed.stream().filter(t -> t.took().compareTo(bound) >= 0).toList())
                    .as("requests answered in %s (%s plus the machine's own delay) or more, of %s", bound, BOUND,
                            timed.size())
                    .isEmpty();
            assertThat(timed).allSatisfy(DatabaseOutageTest::servedOrUnavailable);
            assertThat(timed.stream().filter(t -> t.startedAt() < cutAt && t.served())).isNotEmpty();
            assertThat(duringTheOutage).hasSizeGreaterThan(CLIENTS * 2)
                    .allSatisfy(t -> assertThat(t.served()).as("%s during the outage", t).isFalse());
            assertThat(duringTheOutage.stream().filter(t -> t.request().graphQl())).isNotEmpty();
            assertThat(requestThreadsWaitingOnTheDatabase()).isEmpty();

            proxy.restore();

            // the same process serves again: no restart
            await().atMost(PATIENCE).untilAsserted(() ->
                    assertThat(get("/actuator/health/readiness").status()).isEqualTo(200));
            String after = createCall(bot.url()).expect(201).text("/id");
            await().atMost(PATIENCE).untilAsserted(() -> assertThat(bot.received())
                    .anyMatch(r -> r.notificationId().equals(pending) && r.accepted())
                    .anyMatch(r -> r.accepted() && r.body().contains("\"id\":\"" + after + "\"")));
            // live events are at most once across a gap in listening (PostgresCallEvents): what must hold is that
            // they come back, so a call created once the listener listens again is heard (`after` may have been
            // committed before it reconnected)
            PostgresCallEvents listener = (PostgresCallEvents) app.getBean(LiveEvents.class).resources();
            await().atMost(PATIENCE).until(listener::isListening);
            String heard = createCall(sink.url()).expect(201).text("/id");
            await().atMost(PATIENCE).untilAsserted(() -> assertThat(liveEvents)
                    .anyMatch(event -> event.callId().equals(Optional.of(CallId.of(heard)))));
            assertThat(graphQl("{ calls(first: 1) { edges { node { id } } } }").json().get("errors")).isNull();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---- the load -----------------------------------------------------------------------------------------------

    private enum Kind {
        CREATE_CALL, GET_CALL, LIST_PARTICIPANTS, CREATE_CALL_RECORD, GRAPHQL_QUERY;

        boolean graphQl() {
            return this == GRAPHQL_QUERY;
        }
    }

    private record Timed(Kind request, long startedAt, Duration took, Response response) {

        /** Answered as usual: a 2xx, or for GraphQL a 200 without errors. */
        boolean served() {
            return request.graphQl() ? response.ok() && response.json().get("errors") == null : response.ok();
        }
    }

    private Timed mixedRequest(int n, String callId, String callbackUri) {
        Kind kind = Kind.values()[n % Kind.values().length];
        long started = System.nanoTime();
        Response response = switch (kind) {
            case CREATE_CALL -> createCall(callbackUri);
            case GET_CALL -> get("/v1.0/communications/calls/" + callId);
            case LIST_PARTICIPANTS -> get("/v1.0/communications/calls/" + callId + "/participants");
            case CREATE_CALL_RECORD -> post("/v1.0/communications/callRecords", """
                    {"type": "peerToPeer", "modalities": ["audio"],
                     "startDateTime": "2025-03-01T09:00:00Z", "endDateTime": "2025-03-01T09:30:00Z"}""");
            case GRAPHQL_QUERY -> graphQl("{ call(id: \"" + callId + "\") { id state } }");
        };
        return new Timed(kind, started, Duration.ofNanos(System.nanoTime() - started), response);
    }

    /** Served as usual, or refused in the form each API gives for "the service is unavailable, try again". */
    private static void servedOrUnavailable(Timed timed) {
        Response response = timed.response();
        if (timed.request().graphQl()) {
            assertThat(response.status()).as("%s", timed).isEqualTo(200);
            JsonNode errors = response.json().get("errors");
            if (errors != null) {
                assertThat(errors.get(0).at("/extensions/code").asString()).as("%s", timed)
                        .isEqualTo("serviceNotAvailable");
                assertThat(errors.get(0).at("/extensions/classification").asString()).as("%s", timed)
                        .isEqualTo("SERVICE_UNAVAILABLE");
            }
            return;
        }
        if (response.ok()) {
            return;
        }
        assertThat(response.status()).as("%s", timed).isEqualTo(503);
        assertThat(response.retryAfter()).as("Retry-After of %s", timed).isPresent();
        assertThat(response.retryAfter().get()).as("%s", timed).matches("[1-9][0-9]*");
        JsonNode error = response.json().get("error");
        assertThat(error.get("code").asString()).isEqualTo("serviceNotAvailable");
        assertThat(error.get("message").asString()).isNotBlank();
        assertThat(error.at("/innerError/request-id").asString()).isNotBlank();
        assertThat(error.at("/innerError/date").asString()).isNotBlank();
    }

    /**
     * Request threads (Reactor's bounded elastic workers, where the adapters run the use cases) that are inside the
     * PostgreSQL driver. Called when no request is in flight, so any would be a thread hanging on the database.
     */
    private static List<String> requestThreadsWaitingOnTheDatabase() {
        List<String> waiting = new ArrayList<>();
        Thread.getAllStackTraces().forEach((thread, stack) -> {
            if (thread.getName().startsWith("boundedElastic") && Arrays.stream(stack)
                    .anyMatch(frame -> frame.getClassName().startsWith("org.postgresql"))) {
                waiting.add(thread.getName() + " " + Arrays.toString(stack));
            }
        });
        return waiting;
    }

    // ---- talking HTTP -------------------------------------------------------------------------------------------

    @FunctionalInterface
    private interface Cut {
        void apply() throws IOException;
    }

    private record Response(int status, Optional<String> retryAfter, String body) {

        boolean ok() {
            return status >= 200 && status < 300;
        }

        JsonNode json() {
            return JSON.readTree(body);
        }

        Response expect(int expected) {
            assertThat(status).as("status of a response with body %s", body).isEqualTo(expected);
            return this;
        }

        String text(String pointer) {
            return json().at(pointer).asString();
        }
    }

    private Response createCall(String callbackUri) {
        return post("/v1.0/communications/calls", """
                {"callbackUri": "%s",
                 "targets": [{"identity": {"user": {"id": "rosa", "displayName": "Rosa Lind"}}}],
                 "requestedModalities": ["audio"],
                 "mediaConfig": {"@odata.type": "#microsoft.graph.serviceHostedMediaConfig"}}""".formatted(callbackUri));
    }

    private Response graphQl(String document) {
        return post("/graphql", JSON.createObjectNode().put("query", document).toString());
    }

    private Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    private Response post(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.header("Authorization", "Bearer " + token)
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().firstValue("Retry-After"), response.body());
        } catch (IOException e) {
            throw new AssertionError("no answer to " + request.build().uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    // ---- the database -------------------------------------------------------------------------------------------

    private static String url() {
        String url = System.getenv(URL_VARIABLE);
        return url == null || url.isBlank() ? DEFAULT_URL : url;
    }

    private static void dropTheSchema() throws SQLException {
        try (Connection connection = DriverManager.getConnection(url());
             Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + SCHEMA + " cascade");
        }
    }
}
