package dev.switchboard.app.lifecycle;

import dev.switchboard.app.TestTokens;
import dev.switchboard.app.security.LocalIssuer;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Graph change notifications for callRecords reach a real HTTP receiver on 127.0.0.1: the subscription is created
 * only after the receiver echoed the validation token, and a callRecord created through REST arrives as a
 * {@code changeNotificationCollection} with the subscription's clientState, through the outbox.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "switchboard.notifications.poll-interval=50ms",
        "switchboard.notifications.initial-backoff=50ms",
        "switchboard.notifications.max-backoff=200ms",
        "switchboard.notifications.timeout=2s"})
@ActiveProfiles("test")
class CallRecordChangeNotificationsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final String RECORD = """
            {"@odata.type": "#microsoft.graph.callRecords.callRecord", "type": "groupCall", "modalities": ["audio"],
             "startDateTime": "2026-03-01T09:00:05Z", "endDateTime": "2026-03-01T09:41:17Z",
             "organizer_v2": {"id": "5c1d0000-aaaa-4bbb-8ccc-ddddeeeeffff",
               "identity": {"@odata.type": "#microsoft.graph.communicationsIdentitySet",
                 "user": {"@odata.type": "#microsoft.graph.communicationsUserIdentity",
                   "id": "5c1d0000-aaaa-4bbb-8ccc-ddddeeeeffff", "displayName": "Ola Berg"}}},
             "participants_v2": [{"id": "p-1", "identity": {"user": {"id": "p-1", "displayName": "Rosa Lind"}}}]}""";

    @LocalServerPort
    int port;

    @Autowired
    LocalIssuer issuer;

    private final HttpClient http = HttpClient.newHttpClient();
    private Receiver receiver;

    @AfterEach
    void stopTheReceiver() {
        if (receiver != null) {
            receiver.close();
        }
    }

    @Test
    void a_created_call_record_reaches_the_subscriber_with_its_client_state() throws Exception {
        receiver = new Receiver(true);
        HttpResponse<String> subscribed = send("POST", "/v1.0/subscriptions", subscription(receiver.url()));
        assertThat(subscribed.statusCode()).as(subscribed.body()).isEqualTo(201);
        JsonNode subscription = JSON.readTree(subscribed.body());
        String subscriptionId = subscription.path("id").asString();
        assertThat(subscription.path("clientState").asString()).isEqualTo("secretClientValue");
        assertThat(receiver.validationTokens()).hasSize(1);

        HttpResponse<String> created = send("POST", "/v1.0/communications/callRecords", RECORD);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String recordId = JSON.readTree(created.body()).path("id").asString();

        await().atMost(PATIENCE).until(() -> !receiver.notifications().isEmpty());
        JsonNode notification = JSON.readTree(receiver.notifications().get(0)).path("value").get(0);
        assertThat(notification.path("subscriptionId").asString()).isEqualTo(subscriptionId);
        assertThat(notification.path("changeType").asString()).isEqualTo("created");
        assertThat(notification.path("clientState").asString()).isEqualTo("secretClientValue");
        assertThat(notification.path("resource").asString()).isEqualTo("communications/callRecords/" + recordId);
        assertThat(notification.path("resourceData").path("@odata.type").asString())
                .isEqualTo("#microsoft.graph.callrecord");
        assertThat(notification.path("resourceData").path("id").asString()).isEqualTo(recordId);
        assertThat(notification.path("id").asString()).isNotBlank();
        assertThat(notification.path("tenantId").asString()).isNotBlank();

        assertThat(send("DELETE", "/v1.0/subscriptions/" + subscriptionId, null).statusCode()).isEqualTo(204);
    }

    @Test
    void a_receiver_that_does_not_echo_the_token_gets_400_and_nothing_is_stored() throws Exception {
        receiver = new Receiver(false);

        HttpResponse<String> refused = send("POST", "/v1.0/subscriptions", subscription(receiver.url()));

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(JSON.readTree(refused.body()).path("error").path("code").asString()).isEqualTo("ValidationError");
        assertThat(receiver.validationTokens()).hasSize(1);
        HttpResponse<String> created = send("POST", "/v1.0/communications/callRecords", RECORD);
        assertThat(created.statusCode()).isEqualTo(201);
        await("no notification for a subscription that was refused").during(Duration.ofMillis(500))
                .atMost(Duration.ofSeconds(2)).until(() -> receiver.notifications().isEmpty());
    }

    private static String subscription(String notificationUrl) {
        Instant expiry = Instant.now().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        return """
                {"changeType": "created,updated", "notificationUrl": "URL", "resource": "/communications/callRecords",
                 "expirationDateTime": "EXPIRY", "clientState": "secretClientValue"}"""
                .replace("URL", notificationUrl).replace("EXPIRY", expiry.toString());
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + new TestTokens(issuer).allRoles());
        if (body != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A webhook: echoes the validation token (or, if told not to, answers 200 with something else) and keeps the rest. */
    private static final class Receiver implements AutoCloseable {

        private final HttpServer server;
        private final List<String> validationTokens = new CopyOnWriteArrayList<>();
        private final List<String> notifications = new CopyOnWriteArrayList<>();

        Receiver(boolean echoes) throws IOException {
            this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/notify", exchange -> {
                String body;
                try (InputStream in = exchange.getRequestBody()) {
                    body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                String query = exchange.getRequestURI().getRawQuery();
                if (query != null && query.startsWith("validationToken=")) {
                    String token = URLDecoder.decode(query.substring("validationToken=".length()),
                            StandardCharsets.UTF_8);
                    validationTokens.add(token);
                    byte[] answer = (echoes ? token : "not the token").getBytes(StandardCharsets.UTF_8);
                    exchange.getResponseHeaders().add("Content-Type", "text/plain");
                    exchange.sendResponseHeaders(200, answer.length);
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(answer);
                    }
                    return;
                }
                notifications.add(body);
                exchange.sendResponseHeaders(202, -1);
                exchange.close();
            });
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/notify";
        }

        List<String> validationTokens() {
            return List.copyOf(validationTokens);
        }

        List<String> notifications() {
            return List.copyOf(notifications);
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
