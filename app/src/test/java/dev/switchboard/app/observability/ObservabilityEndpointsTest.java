package dev.switchboard.app.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.switchboard.app.lifecycle.CallbackReceiver;
import dev.switchboard.app.rest.RestClientSupport;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpMethod;

import tools.jackson.databind.JsonNode;

/**
 * What an operator sees: probes for the orchestrator, Prometheus metrics behind a token, and JSON log lines that name
 * the request they belong to.
 */
@ExtendWith(OutputCaptureExtension.class)
class ObservabilityEndpointsTest extends RestClientSupport {

    private static final String PROMETHEUS = "/actuator/prometheus";
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Autowired
    LoggingSystem logging;

    @Test
    void readiness_includes_the_database_and_liveness_does_not() {
        Response readiness = sendAs(null, HttpMethod.GET, "/actuator/health/readiness", null).expect(200);
        assertThat(readiness.text("/status")).isEqualTo("UP");
        assertThat(readiness.text("/components/db/status")).isEqualTo("UP");
        assertThat(readiness.text("/components/readinessState/status")).isEqualTo("UP");

        Response liveness = sendAs(null, HttpMethod.GET, "/actuator/health/liveness", null).expect(200);
        assertThat(liveness.text("/status")).isEqualTo("UP");
        assertThat(liveness.json().path("components").has("db"))
                .as("a slow database must not get the process restarted").isFalse();
    }

    @Test
    void the_metrics_need_a_token() {
        sendAs(null, HttpMethod.GET, PROMETHEUS, null).expectError(401, "InvalidAuthenticationToken");
        sendAs(tokens().expired(), HttpMethod.GET, PROMETHEUS, null).expectError(401, "InvalidAuthenticationToken");
    }

    @Test
    void every_graph_endpoint_called_gets_its_own_timer_by_route_method_and_status() {
        String callId = createCall();
        get(call(callId)).expect(200);
        get(call("no-such-call")).expect(404);

        List<String> timers = metric("http_server_requests_seconds_count");
        assertThat(timers).anySatisfy(line -> assertThat(line)
                .contains("method=\"POST\"", "status=\"201\"", "uri=\"/{version:v1\\\\.0|beta}/communications/calls\""));
        assertThat(timers).anySatisfy(line -> assertThat(line)
                .contains("method=\"GET\"", "status=\"200\"", "communications/calls/{callId}\""));
        assertThat(timers).anySatisfy(line -> assertThat(line)
                .contains("method=\"GET\"", "status=\"404\"", "communications/calls/{callId}\""));
        assertThat(metric("http_server_requests_seconds_bucket")).as("latency histogram buckets").isNotEmpty();
    }

    @Test
    void operations_are_counted_by_the_status_they_reach_once_committed() {
        String completed = "switchboard_operations_total{application=\"switchboard\",kind=\"inviteParticipantsOperation\","
                + "status=\"Completed\"}";
        String running = completed.replace("Completed", "Running");
        double completedBefore = value(completed);
        double runningBefore = value(running);

        String callId = createGroupCall();
        String operationId = invite(callId, aUserId()).text("/id");
        patch(operation(callId, operationId), json("{'status': 'Completed'}")).expect(200);
        // a finished operation refuses to change; the refusal rolls back and counts nothing
        patch(operation(callId, operationId), json("{'status': 'Failed'}")).expectError(409, "conflict");

        assertThat(value(running) - runningBefore).isEqualTo(1);
        assertThat(value(completed) - completedBefore).isEqualTo(1);
    }

    @Test
    void notification_attempts_are_counted_by_outcome() throws IOException {
        String delivered = "switchboard_notifications_total{application=\"switchboard\",outcome=\"delivered\"}";
        String retried = delivered.replace("delivered", "retried");
        double deliveredBefore = value(delivered);
        double retriedBefore = value(retried);

        try (CallbackReceiver receiver = new CallbackReceiver(1)) {
            post(CALLS, object(body("peer-to-peer-call.json")).put("callbackUri", receiver.url()).toString())
                    .expect(201);
            await().atMost(PATIENCE).until(() -> receiver.received().stream().anyMatch(r -> r.accepted()));
        }

        assertThat(value(delivered) - deliveredBefore).isGreaterThanOrEqualTo(1);
        assertThat(value(retried) - retriedBefore).isGreaterThanOrEqualTo(1);
        assertThat(value("switchboard_notifications_total{application=\"switchboard\",outcome=\"given-up\"}"))
                .as("named before anything is given up, so dashboards and alerts find it").isGreaterThanOrEqualTo(0);
    }

    @Test
    void log_lines_are_json_and_carry_both_request_ids(CapturedOutput output) {
        logging.setLogLevel(RequestLog.class.getName(), LogLevel.DEBUG);
        try {
            String clientRequestId = "trace-" + UUID.randomUUID();
            String callId = createCall();
            Response response = send(HttpMethod.GET, call(callId), null, h -> h.add("client-request-id",
                    clientRequestId)).expect(200);
            String requestId = response.headers().getFirst("request-id");

            JsonNode line = await().atMost(PATIENCE).until(() -> jsonLines(output)
                    .filter(json -> clientRequestId.equals(json.path("client-request-id").asString(null)))
                    .findFirst().orElse(null), found -> found != null);
            assertThat(line.path("request-id").asString()).isEqualTo(requestId);
            assertThat(line.path("message").asString()).contains("GET", callId, "200");
            assertThat(line.path("log").path("level").asString()).isEqualTo("DEBUG");
        } finally {
            logging.setLogLevel(RequestLog.class.getName(), null);
        }
    }

    @Test
    void a_refused_request_without_a_client_request_id_logs_its_request_id_as_both(CapturedOutput output) {
        logging.setLogLevel(RequestLog.class.getName(), LogLevel.DEBUG);
        try {
            Response response = get(call("no-such-call-" + UUID.randomUUID())).expect(404);
            String requestId = response.headers().getFirst("request-id");

            JsonNode line = await().atMost(PATIENCE).until(() -> jsonLines(output)
                    .filter(json -> requestId.equals(json.path("request-id").asString(null)))
                    .findFirst().orElse(null), found -> found != null);
            assertThat(line.path("client-request-id").asString()).isEqualTo(requestId);
            assertThat(line.path("message").asString()).contains("404");
        } finally {
            logging.setLogLevel(RequestLog.class.getName(), null);
        }
    }

    // ---- reading /actuator/prometheus --------------------------------------------------------------------------

    private List<String> metric(String name) {
        String text = get(PROMETHEUS).expect(200).raw();
        return Arrays.stream(text.split("\n")).filter(line -> line.startsWith(name + "{")).toList();
    }

    /** The value of one series (name and labels exactly as Prometheus writes them), 0 while it does not exist. */
    private double value(String series) {
        return metric(series.substring(0, series.indexOf('{'))).stream()
                .filter(line -> line.startsWith(series + " "))
                .mapToDouble(line -> Double.parseDouble(line.substring(series.length() + 1).trim()))
                .findFirst().orElse(0);
    }

    private static Stream<JsonNode> jsonLines(CapturedOutput output) {
        return output.getOut().lines().filter(line -> line.startsWith("{")).map(line -> {
            try {
                return JSON.readTree(line);
            } catch (RuntimeException notJson) {
                return JSON.createObjectNode();
            }
        });
    }
}
