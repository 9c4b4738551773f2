package dev.switchboard.app.graphql;

import dev.switchboard.app.TestTokens;
import dev.switchboard.app.rest.RestClientSupport;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.WebSocketGraphQlTester;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two faces share one core: a change a Graph client makes over REST reaches a GraphQL client subscribed over
 * WebSocket, through the core's live events.
 */
class RestChangeReachesGraphQlSubscriberTest extends RestClientSupport {

    @Test
    void a_participant_patched_over_rest_reaches_a_graphql_subscription_to_its_call() throws Exception {
        String callId = createGroupCall();
        String participantId = addParticipant(callId).text("/id");
        WebSocketGraphQlTester graphQl = graphQlSocket(defaultToken());

        Flux<Map> changes = graphQl.document("""
                        subscription($callId: ID!) {
                          participantsChanged(callId: $callId) { changeType participant { id isMuted metadata } }
                        }""")
                .variable("callId", callId)
                .executeSubscription()
                .toFlux("participantsChanged", Map.class);

        CompletableFuture<Map> firstChange = changes.next().toFuture();

        // The subscription has no acknowledgement to wait for, so the PATCH is repeated until its event arrives.
        Disposable patching = Flux.interval(Duration.ofMillis(200)).onBackpressureDrop()
                .concatMap(i -> Mono.fromRunnable(() -> patch(participant(callId, participantId),
                        "{\"isMuted\": true, \"metadata\": \"patch " + i + "\"}").expect(200))
                        .subscribeOn(Schedulers.boundedElastic()))
                .subscribe();
        Map<?, ?> change;
        try {
            change = firstChange.get(20, TimeUnit.SECONDS);
        } finally {
            patching.dispose();
        }

        assertThat(change.get("changeType")).isEqualTo("updated");
        Map<?, ?> participant = (Map<?, ?>) change.get("participant");
        assertThat(participant.get("id")).isEqualTo(participantId);
        assertThat(participant.get("isMuted")).isEqualTo(true);
        graphQl.stop().block(Duration.ofSeconds(5));
    }
}
