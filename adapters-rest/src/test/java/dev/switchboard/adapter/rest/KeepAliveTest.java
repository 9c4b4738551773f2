package dev.switchboard.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;

/**
 * A Graph SDK keeps its connection alive and sends the next request as soon as it has read an answer. The answer of
 * a use case is written from a worker thread (see {@code Blocking}), so the next request can reach the server
 * before it has finished the previous one on its event loop. Reactor Netty 1.3.6 parked such a request and, now and
 * then, never read the connection again: the client hung (reactor-netty #4361, docs/adr/0013). Hundreds of write-
 * then-read rounds on one connection found it every time.
 */
class KeepAliveTest extends RestTestSupport {

    private static final int ROUNDS = 600;

    /** One connection, reused: the JDK client keeps it alive and never pipelines. */
    private final HttpClient connection = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void every_request_on_a_kept_alive_connection_is_answered() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String callId = JSON.readTree(send("POST", V1 + "/communications/calls", peerToPeerCall(), 201)).get("id").asString();
            String participant = JSON.readTree(send("POST", participants(callId), seedParticipant(), 201)).get("id").asString();
            String uri = participants(callId) + "/" + participant;

            send("PATCH", uri, "{\"isMuted\":true}", 200);

            assertThat(JSON.readTree(send("GET", uri, null, 200)).get("isMuted").booleanValue()).isTrue();
        }
    }

    /** Sends one request on the shared connection; a hang fails within seconds instead of stalling the build. */
    private String send(String method, String path, String body, int expected) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(url(path)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response = connection.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("%s %s answered %s", method, path, response.body()).isEqualTo(expected);
        return response.body();
    }
}
