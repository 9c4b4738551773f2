package dev.switchboard.app.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.app.SwitchboardApplication;
import dev.switchboard.app.TestTokens;
import dev.switchboard.app.security.LocalIssuer;

import java.io.ByteArrayInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.lifecycle.BeforeProperty;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The running service (random port, H2) answers {@value #REQUESTS} generated hostile requests over real HTTP
 * ({@link HostileRequests}): none gets a 5xx, every REST answer is a 4xx in Graph's error envelope, every GraphQL
 * answer carries {@code errors}, and the database holds exactly the rows it held before.
 *
 * <p>The application runs in a context of its own with the background jobs off (callback delivery, the lifecycle
 * engine, the purges), so that a row changes only if a request changed it, and with throttling off, so that every
 * request reaches the code under test instead of a 429.
 */
class HostileInputTest {

    static final int REQUESTS = 10_000;
    static final int BATCH = 8;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(60);
    /** Every request as it goes out, so that a run that stops answering shows what it was sent last. */
    private static final PrintStream TRACE = trace();

    private static ConfigurableApplicationContext app;
    private static HttpClient http;
    private static String base;
    private static String token;
    private static Targets targets;

    private static final AtomicInteger sent = new AtomicInteger();
    private static final List<String> violations = new ArrayList<>();
    private static final Map<String, Integer> statuses = new LinkedHashMap<>();

    private DatabaseSnapshot before;

    @BeforeContainer
    static void startTheService() {
        app = new SpringApplicationBuilder(SwitchboardApplication.class).profiles("test").run(
                "--server.port=0",
                "--switchboard.throttling.enabled=false",
                "--switchboard.notifications.enabled=false",
                "--switchboard.lifecycle.scheduler.enabled=false",
                "--switchboard.call-records.purge.enabled=false",
                "--switchboard.subscriptions.purge.enabled=false");
        base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
        token = new TestTokens(app.getBean(LocalIssuer.class)).allRoles();
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
                .build();
        targets = seed();
    }

    @AfterContainer
    static void stopTheService() {
        if (app != null) {
            app.close();
        }
    }

    @BeforeProperty
    void snapshotTheDatabase() {
        before = DatabaseSnapshot.of(app.getBean(DataSource.class));
        assertThat(before.rowCount()).as("rows seeded before the attack").isPositive();
    }

    /** Each try sends a batch at once, over as many connections: a busy two-core machine still gets through. */
    @Property(tries = REQUESTS / BATCH, shrinking = ShrinkingMode.OFF)
    void no_hostile_request_gets_a_5xx_leaves_the_error_shape_or_changes_anything(
            @ForAll("batchesOfHostileRequests") List<HostileRequest> batch) {
        List<CompletableFuture<Answer>> answers = batch.stream().map(HostileInputTest::send).toList();
        for (int i = 0; i < batch.size(); i++) {
            HostileRequest request = batch.get(i);
            Answer answer = answers.get(i).join();
            sent.incrementAndGet();
            statuses.merge((request.graphQl() ? "GraphQL " : "REST ") + answer.status(), 1, Integer::sum);
            String problem = problemWith(request, answer);
            if (problem != null) {
                violations.add(problem + "\n    request: " + request + "\n    answer: " + answer);
            }
        }
    }

    @AfterProperty
    void nothingWentWrongAndNothingChanged() {
        System.out.println("Hostile requests sent: " + sent.get() + ", answers by status: " + statuses);
        assertThat(sent.get()).as("hostile requests sent").isGreaterThanOrEqualTo(REQUESTS);
        assertThat(violations).as("answers that broke the rules (%d of %d)", violations.size(), sent.get())
                .isEmpty();
        DatabaseSnapshot after = DatabaseSnapshot.of(app.getBean(DataSource.class));
        assertThat(after).as("the database after %d hostile requests", sent.get()).isEqualTo(before);
    }

    @Provide
    Arbitrary<List<HostileRequest>> batchesOfHostileRequests() {
        return new HostileRequests(targets).all().list().ofSize(BATCH);
    }

    // ---- the rules -----------------------------------------------------------------------------------------------

    /** What is wrong with an answer, or null when it is what the rules ask for. */
    private static String problemWith(HostileRequest request, Answer answer) {
        if (answer.failure() != null) {
            return "no answer: " + answer.failure();
        }
        if (answer.status() >= 500) {
            return "a 5xx";
        }
        JsonNode body;
        try {
            body = JSON.readTree(answer.body());
        } catch (RuntimeException notJson) {
            return "a body that is not JSON";
        }
        if (request.graphQl()) {
            JsonNode errors = body.get("errors");
            return errors != null && errors.isArray() && !errors.isEmpty() ? null : "a GraphQL answer without errors";
        }
        if (answer.status() < 400) {
            return "a hostile request was accepted";
        }
        JsonNode error = body.get("error");
        if (error == null || body.size() != 1 || !text(error, "code") || !text(error, "message")) {
            return "not Graph's error envelope";
        }
        JsonNode inner = error.get("innerError");
        if (inner == null || !text(inner, "date") || !text(inner, "request-id")) {
            return "an envelope without innerError.date and request-id";
        }
        return null;
    }

    private static boolean text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isString() && !value.asString().isBlank();
    }

    private static PrintStream trace() {
        try {
            return new PrintStream(new FileOutputStream("target/hostile-requests.txt"), false, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- HTTP ----------------------------------------------------------------------------------------------------

    private record Answer(int status, String body, String failure) {

        @Override
        public String toString() {
            return failure != null ? failure
                    : status + " " + (body.length() > 400 ? body.substring(0, 400) + "..." : body);
        }
    }

    private static CompletableFuture<Answer> send(HostileRequest request) {
        HttpRequest.BodyPublisher body = request.body() == null ? HttpRequest.BodyPublishers.noBody()
                : request.chunked() ? HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(request.body()))
                : HttpRequest.BodyPublishers.ofByteArray(request.body());
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + request.pathAndQuery()))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .method(request.method(), body);
        if (request.contentType() != null) {
            builder.header("Content-Type", request.contentType());
        }
        request.headers().forEach(builder::header);
        TRACE.println(request);
        TRACE.flush();
        return http.sendAsync(builder.build(), HttpResponse.BodyHandlers.ofByteArray())
                .orTimeout(ANSWER_WITHIN.toSeconds(), TimeUnit.SECONDS)
                .thenApply(response -> new Answer(response.statusCode(),
                        new String(response.body(), StandardCharsets.UTF_8), null))
                .exceptionally(failure -> new Answer(0, "", failure instanceof CompletionException wrapped
                        ? wrapped.getCause().toString() : failure.toString()));
    }

    // ---- what there is to attack ---------------------------------------------------------------------------------

    /** A group call with two participants and an invitation, two call records, and a page token of each list. */
    private static Targets seed() {
        String callId = created("POST", "/v1.0/communications/calls", """
                {"callbackUri": "https://bot.example.test/callback", "requestedModalities": ["audio"],
                 "mediaConfig": {"@odata.type": "#microsoft.graph.serviceHostedMediaConfig"},
                 "chatInfo": {"threadId": "19:meeting@thread.v2", "messageId": "0"},
                 "meetingInfo": {"@odata.type": "#microsoft.graph.organizerMeetingInfo",
                                 "organizer": {"user": {"id": "ola", "displayName": "Ola"}}}}""").get("id").asString();
        String participants = "/v1.0/communications/calls/" + callId + "/participants";
        String participantId = created("POST", participants, """
                {"info": {"identity": {"user": {"id": "heidi", "displayName": "Heidi"}}},
                 "mediaStreams": [{"mediaType": "audio", "sourceId": "1", "direction": "sendReceive"}],
                 "isMuted": false, "metadata": "front row"}""").get("id").asString();
        String operationId = created("POST", participants + "/invite", """
                {"participants": [{"identity": {"user": {"id": "bob", "displayName": "Bob"}}}],
                 "clientContext": "invite-bob"}""").get("id").asString();
        String recordId = null;
        for (int i = 0; i < 2; i++) {
            recordId = created("POST", "/v1.0/communications/callRecords", """
                    {"type": "groupCall", "modalities": ["audio"], "startDateTime": "2099-01-01T10:0%d:00Z",
                     "endDateTime": "2099-01-01T11:00:00Z",
                     "sessions": [{"id": "s1", "startDateTime": "2099-01-01T10:00:00Z",
                                   "endDateTime": "2099-01-01T10:30:00Z"}]}""".formatted(i)).get("id").asString();
        }
        return new Targets(callId, participantId, operationId, recordId,
                skipToken("/v1.0/communications/callRecords"), skipToken(participants));
    }

    private static JsonNode created(String method, String path, String json) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)).build();
        HttpResponse<String> response = exchange(request);
        assertThat(response.statusCode()).as("seeding %s: %s", path, response.body()).isBetween(200, 201);
        return JSON.readTree(response.body());
    }

    /** The {@code $skiptoken} of the first page of a list, one item a page. */
    private static String skipToken(String list) {
        HttpResponse<String> page = exchange(HttpRequest.newBuilder(URI.create(base + list))
                .header("Authorization", "Bearer " + token).header("Prefer", "odata.maxpagesize=1").build());
        String next = JSON.readTree(page.body()).get("@odata.nextLink").asString();
        return URI.create(next).getQuery().replaceFirst("^.*\\$skiptoken=", "").replaceFirst("&.*$", "");
    }

    private static HttpResponse<String> exchange(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
