package dev.switchboard.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.app.rest.RestClientSupport;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.WebSocketGraphQlTester;
import org.springframework.web.reactive.socket.client.ReactorNettyWebSocketClient;

/**
 * A GraphQL WebSocket learns who calls once, when it opens: from the token in {@code connection_init} (what browsers
 * and graphql-ws clients send), or from an {@code Authorization} header on the handshake. A bad token on the handshake
 * is refused before the upgrade; a bad one in {@code connection_init} closes the socket ({@code 4401}).
 */
class WebSocketTokensTest extends RestClientSupport {

    @Test
    void a_token_on_the_handshake_is_enough() {
        String callId = createGroupCall();
        String participantId = addParticipant(callId).text("/id");
        WebSocketGraphQlTester socket = WebSocketGraphQlTester.builder(URI.create("ws://localhost:" + port + "/graphql"),
                new ReactorNettyWebSocketClient()).headers(headers -> headers.setBearerAuth(defaultToken())).build();
        try {
            CompletableFuture<String> heard = socket.document(
                            "subscription($c: ID!) { participantsChanged(callId: $c) { changeType } }")
                    .variable("c", callId).executeSubscription()
                    .toFlux("participantsChanged.changeType", String.class).next().toFuture();

            Repeatedly.causeUntil(() -> patch(participant(callId, participantId), "{\"metadata\": \"handshake\"}"),
                    heard::isDone);
            assertThat(heard).isCompletedWithValue("updated");
        } finally {
            socket.stop().block(Duration.ofSeconds(5));
        }
    }

    @Test
    void a_bad_token_on_the_handshake_is_refused_before_the_upgrade() {
        WebSocketGraphQlTester socket = WebSocketGraphQlTester.builder(URI.create("ws://localhost:" + port + "/graphql"),
                new ReactorNettyWebSocketClient()).headers(headers -> headers.setBearerAuth(tokens().expired())).build();
        try {
            Throwable refused = socket.document("subscription { callRecordCreated { id } }").executeSubscription()
                    .toFlux().then().materialize().block(Duration.ofSeconds(10)).getThrowable();

            assertThat(String.valueOf(refused)).contains("401");
        } finally {
            socket.stop().block(Duration.ofSeconds(5));
        }
    }

    @Test
    void a_token_in_connection_init_is_checked_like_a_header() {
        WebSocketGraphQlTester socket = graphQlSocket(tokens().bent(claims -> claims.audience("api://other")));
        try {
            Throwable refused = socket.document("subscription { callRecordCreated { id } }").executeSubscription()
                    .toFlux().then().materialize().block(Duration.ofSeconds(10)).getThrowable();

            assertThat(String.valueOf(refused)).contains("4401");
        } finally {
            socket.stop().block(Duration.ofSeconds(5));
        }
    }
}
