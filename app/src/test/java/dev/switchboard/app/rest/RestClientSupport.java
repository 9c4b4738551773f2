package dev.switchboard.app.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.app.TestTokens;
import dev.switchboard.app.security.LocalIssuer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.graphql.test.tester.WebSocketGraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.socket.client.ReactorNettyWebSocketClient;

import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The whole application (core, JDBC persistence on in-memory H2, REST adapter) on a random port, spoken to as a
 * Graph client would. Every subclass carries exactly these annotations and no properties of its own, so the test run
 * starts one Spring context and shares it; the database therefore lives for the whole run, and each test makes its
 * own calls and records (call records in a time window of their own) instead of expecting an empty store.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@ActiveProfiles("test")
public abstract class RestClientSupport {

    protected static final JsonMapper JSON = JsonMapper.builder().build();

    protected static final String V1 = "/v1.0";
    protected static final String BETA = "/beta";
    protected static final String CALLS = V1 + "/communications/calls";
    protected static final String RECORDS = V1 + "/communications/callRecords";

    /** The tenant and application of the token every request carries unless a test sends another. */
    protected static final String TENANT = TestTokens.TENANT;
    protected static final String OWN_APPLICATION = TestTokens.APPLICATION;


    @Autowired
    private LocalIssuer issuer;

    private String defaultToken;

    /**
     * Patient on a busy two-core machine: the server is measured by the benchmarks, not by these tests. Each request
     * opens a connection of its own: about one run in thirty, on a loaded machine, a request on a pooled keep-alive
     * connection got no answer while every thread of the JVM, the server's included, sat idle (the thread dump that
     * {@link #answered} prints), which points at the client's pool; the benchmarks exercise keep-alive instead.
     */
    protected final WebTestClient client = WebTestClient.bindToServer(new ReactorClientHttpConnector(
                    HttpClient.create(ConnectionProvider.newConnection())))
            .responseTimeout(Duration.ofSeconds(30))
            // /actuator/prometheus grows past the default 256 KiB once a whole suite has run through this server
            .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(16 * 1024 * 1024))
            .build();

    @LocalServerPort
    protected int port;

    // ---- talking HTTP -----------------------------------------------------------------------------------------

    /** The absolute URL of this server for a path; absolute URLs (next links, locations) pass unchanged. */
    protected URI url(String pathAndQuery) {
        return URI.create(pathAndQuery.startsWith("http") ? pathAndQuery : base() + pathAndQuery);
    }

    protected String base() {
        return "http://localhost:" + port;
    }

    /** Tokens signed by this application's local issuer, as {@code POST /dev/token} makes them. */
    protected TestTokens tokens() {
        return new TestTokens(issuer);
    }

    /** A GraphQL WebSocket to this server that sends {@code token} in its {@code connection_init}. */
    protected WebSocketGraphQlTester graphQlSocket(String token) {
        return graphQlOverWebSocket(port, token);
    }

    /**
     * A GraphQL client over WebSocket ({@code graphql-transport-ws}) to {@code /graphql} of the server on
     * {@code serverPort} (this test's server, or another instance of the application), sending {@code token} in its
     * {@code connection_init}.
     */
    protected static WebSocketGraphQlTester graphQlOverWebSocket(int serverPort, String token) {
        return WebSocketGraphQlTester.builder(URI.create("ws://localhost:" + serverPort + "/graphql"),
                new ReactorNettyWebSocketClient()).interceptor(TestTokens.inConnectionInit(token)).build();
    }

    /** The token every request carries unless a test says otherwise: the default tenant, every role. */
    protected String defaultToken() {
        if (defaultToken == null) {
            defaultToken = tokens().allRoles();
        }
        return defaultToken;
    }

    protected Response send(HttpMethod method, String uri, String jsonBody, Consumer<HttpHeaders> headers) {
        WebTestClient.RequestBodySpec spec = client.method(method).uri(url(uri))
                .headers(h -> h.setBearerAuth(defaultToken())).headers(headers);
        WebTestClient.RequestHeadersSpec<?> request = jsonBody == null
                ? spec : spec.contentType(MediaType.APPLICATION_JSON).bodyValue(jsonBody);
        return answered(() -> request.exchange().expectBody(byte[].class).returnResult());
    }

    /** A request with any content type (or none at all, when {@code type} is null) and raw bytes. */
    protected Response sendBytes(HttpMethod method, String uri, MediaType type, byte[] body) {
        WebTestClient.RequestBodySpec spec = client.method(method).uri(url(uri))
                .headers(h -> h.setBearerAuth(defaultToken()));
        spec = type == null ? spec.headers(h -> h.remove(HttpHeaders.CONTENT_TYPE)) : spec.contentType(type);
        WebTestClient.RequestHeadersSpec<?> request = spec.bodyValue(body);
        return answered(() -> request.exchange().expectBody(byte[].class).returnResult());
    }

    /**
     * The answer to an exchange; when none comes within the client's patience, every thread's stack goes to the
     * test's error output first, because a hang shows its cause only while it lasts.
     */
    private static Response answered(Supplier<EntityExchangeResult<byte[]>> exchange) {
        try {
            return Response.of(exchange.get());
        } catch (IllegalStateException noAnswer) {
            if (noAnswer.getCause() instanceof TimeoutException) {
                System.err.println("No answer in time; the threads of this JVM:\n" + ThreadDump.ofAllThreads());
            }
            throw noAnswer;
        }
    }

    protected Response get(String uri) {
        return send(HttpMethod.GET, uri, null, h -> { });
    }

    /** A request with {@code token} instead of the default one; {@code null} sends none at all. */
    protected Response sendAs(String token, HttpMethod method, String uri, String jsonBody) {
        return send(method, uri, jsonBody, h -> {
            h.remove(HttpHeaders.AUTHORIZATION);
            if (token != null) {
                h.setBearerAuth(token);
            }
        });
    }

    protected Response getWithPageSize(String uri, int maxPageSize) {
        return send(HttpMethod.GET, uri, null, h -> h.add("Prefer", "odata.maxpagesize=" + maxPageSize));
    }

    protected Response post(String uri, String jsonBody) {
        return send(HttpMethod.POST, uri, jsonBody, h -> { });
    }

    protected Response patch(String uri, String jsonBody) {
        return send(HttpMethod.PATCH, uri, jsonBody, h -> { });
    }

    protected Response patchIfMatch(String uri, String etag, String jsonBody) {
        return send(HttpMethod.PATCH, uri, jsonBody, h -> h.setIfMatch(etag));
    }

    protected Response delete(String uri) {
        return send(HttpMethod.DELETE, uri, null, h -> { });
    }

    /**
     * Sends a request that must be refused and proves that it changed nothing: {@code resource} reads byte for byte
     * the same before and after (ETags and versions included).
     */
    protected Response refusedWithoutChange(String resource, Supplier<Response> rejected) {
        String before = get(resource).expect(200).raw();
        Response response = rejected.get();
        assertThat(response.status()).as("a request that must be refused; it answered %s", response.raw())
                .isGreaterThanOrEqualTo(400);
        assertThat(get(resource).expect(200).raw()).as("%s after a refused request", resource).isEqualTo(before);
        return response;
    }

    /** Follows {@code @odata.nextLink} from a first page to the last, with the same page-size preference. */
    protected List<Response> allPages(String uri, int maxPageSize) {
        List<Response> pages = new ArrayList<>();
        String next = uri;
        while (next != null) {
            Response page = getWithPageSize(next, maxPageSize).expect(200);
            pages.add(page);
            next = page.text("/@odata.nextLink");
        }
        return pages;
    }

    /**
     * Sends {@code count} requests at the same moment, from as many threads, and answers their responses in
     * order. {@code request} gets the index of its request.
     */
    protected static List<Response> atOnce(int count, IntFunction<Response> request) {
        ExecutorService threads = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Response>> pending = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                pending.add(threads.submit(() -> {
                    start.await();
                    return request.apply(index);
                }));
            }
            start.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> response : pending) {
                responses.add(response.get(30, TimeUnit.SECONDS));
            }
            return responses;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError("a concurrent request failed", e);
        } finally {
            threads.shutdownNow();
        }
    }

    protected static List<Integer> statuses(List<Response> responses) {
        return responses.stream().map(Response::status).toList();
    }

    protected static List<String> ids(List<Response> pages) {
        List<String> ids = new ArrayList<>();
        pages.forEach(page -> page.json().get("value").forEach(item -> ids.add(item.get("id").asString())));
        return ids;
    }

    // ---- request bodies ---------------------------------------------------------------------------------------

    /** A request body stored under {@code src/test/resources/rest/}. */
    protected static String body(String name) {
        try (InputStream in = RestClientSupport.class.getResourceAsStream("/rest/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource rest/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected static ObjectNode object(String json) {
        return (ObjectNode) JSON.readTree(json);
    }

    /** JSON written with single quotes, for short readable bodies. */
    protected static String json(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }

    // ---- calls, participants, operations ----------------------------------------------------------------------

    protected static String call(String callId) {
        return CALLS + "/" + callId;
    }

    protected static String participants(String callId) {
        return call(callId) + "/participants";
    }

    protected static String participant(String callId, String participantId) {
        return participants(callId) + "/" + participantId;
    }

    protected static String operation(String callId, String operationId) {
        return call(callId) + "/operations/" + operationId;
    }

    /** A peer-to-peer call to Rosa; answers its id. */
    protected String createCall() {
        return post(CALLS, body("peer-to-peer-call.json")).expect(201).text("/id");
    }

    /** A group call joining a meeting; answers its id. */
    protected String createGroupCall() {
        return post(CALLS, body("group-call.json")).expect(201).text("/id");
    }

    protected Response addParticipant(String callId) {
        return post(participants(callId), body("participant.json")).expect(201);
    }

    /** Invites one user ({@code rest/invite.json}); answers the 200 with the invitation operation. */
    protected Response invite(String callId, String userId) {
        return post(participants(callId) + "/invite", inviteBody(userId)).expect(200);
    }

    protected static String inviteBody(String userId) {
        return body("invite.json").replace("INVITEE", userId);
    }

    protected static String aUserId() {
        return "user-" + UUID.randomUUID();
    }

    /** The user ids on a call's roster (first page). */
    protected List<String> rosterUserIds(String callId) {
        List<String> users = new ArrayList<>();
        get(participants(callId)).expect(200).json().get("value")
                .forEach(p -> users.add(p.at("/info/identity/user/id").asString(null)));
        return users;
    }

    // ---- call records -----------------------------------------------------------------------------------------

    /**
     * A record ({@code rest/call-record.json}) starting at {@code start}, lasting ten minutes, with one participant.
     */
    protected static String callRecord(Instant start, String participantId) {
        ObjectNode record = object(body("call-record.json"))
                .put("startDateTime", start.toString())
                .put("endDateTime", start.plus(Duration.ofMinutes(10)).toString());
        ((ObjectNode) record.get("participants_v2").get(0)).put("id", participantId);
        return record.toString();
    }

    protected Response createRecord(Instant start) {
        return post(RECORDS, callRecord(start, "p-" + UUID.randomUUID())).expect(201);
    }

    /**
     * The start of a stretch of time no other test (nor an earlier run against a long-lived database) uses: a random
     * whole minute between the years 2100 and 9000, so that a {@code startDateTime} filter sees only this test's
     * records.
     */
    protected static Instant aTimeOfItsOwn() {
        Instant from = Instant.parse("2100-01-01T00:00:00Z");
        long minutes = ChronoUnit.MINUTES.between(from, Instant.parse("9000-01-01T00:00:00Z"));
        return from.plus(ThreadLocalRandom.current().nextLong(minutes), ChronoUnit.MINUTES);
    }

    /** A {@code $filter} value made URL-safe: spaces only, as the clients send them. */
    protected static String filter(String expression) {
        return "$filter=" + expression.replace(" ", "%20");
    }

    // ---- responses --------------------------------------------------------------------------------------------

    /** An HTTP answer with its body as text, parsed on demand. */
    public record Response(int status, HttpHeaders headers, String raw) {

        static Response of(EntityExchangeResult<byte[]> result) {
            byte[] bytes = result.getResponseBody();
            return new Response(result.getStatus().value(), result.getResponseHeaders(),
                    bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8));
        }

        public JsonNode json() {
            return raw.isEmpty() ? null : JSON.readTree(raw);
        }

        /** The text at a JSON pointer, or null when it is missing or null. */
        public String text(String pointer) {
            JsonNode node = json().at(pointer);
            return node.isMissingNode() || node.isNull() ? null : node.asString();
        }

        public long number(String pointer) {
            JsonNode node = json().at(pointer);
            assertThat(node.isIntegralNumber()).as("%s is an integer in %s", pointer, raw).isTrue();
            return node.longValue();
        }

        public String location() {
            URI location = headers.getLocation();
            return location == null ? null : location.toString();
        }

        public String errorCode() {
            return text("/error/code");
        }

        public String errorMessage() {
            return text("/error/message");
        }

        public Response expect(int expected) {
            assertThat(status).as("status of a response with body %s", raw).isEqualTo(expected);
            return this;
        }

        /**
         * This is a refusal with {@code expected} status and {@code code}, in Graph's envelope: code, message, and
         * an inner error with the date (UTC, no offset) and the same request-id as the header.
         */
        public Response expectError(int expected, String code) {
            expect(expected);
            assertThat(headers.getContentType()).as("content type of %s", raw).isNotNull();
            assertThat(headers.getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
            JsonNode error = json().get("error");
            assertThat(error).as("the error envelope in %s", raw).isNotNull();
            assertThat(error.get("code").asString()).isEqualTo(code);
            assertThat(error.get("message").asString()).isNotBlank();
            JsonNode inner = error.get("innerError");
            assertThat(inner).as("innerError in %s", raw).isNotNull();
            assertThat(inner.get("date").asString()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}");
            assertThat(inner.get("request-id").asString()).isNotBlank().isEqualTo(headers.getFirst("request-id"));
            return this;
        }
    }
}
