package dev.switchboard.adapter.graphql.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.adapter.graphql.ActiveSubscriptions;
import dev.switchboard.adapter.graphql.GraphQlTestSupport;
import dev.switchboard.application.port.in.call.CreateCallCommand;
import dev.switchboard.application.service.SwitchboardCore;
import dev.switchboard.domain.call.MediaConfig;
import dev.switchboard.domain.call.NewCall;
import dev.switchboard.domain.common.TenantId;
import dev.switchboard.domain.identity.IdentitySet;
import dev.switchboard.domain.identity.PlainIdentity;
import dev.switchboard.domain.participant.InvitationParticipantInfo;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.client.SubscriptionErrorException;
import org.springframework.graphql.test.tester.WebSocketGraphQlTester;
import org.springframework.web.reactive.socket.client.ReactorNettyWebSocketClient;

import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

/**
 * Live events over WebSocket (graphql-transport-ws at {@code /graphql}): a subscriber hears what a mutation changed,
 * after it committed; completing the subscription ends it in the core; a call it cannot see cannot be watched.
 */
class CallEventSubscriptionTest extends GraphQlTestSupport {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Autowired
    private ActiveSubscriptions active;

    @Autowired
    private SwitchboardCore core;

    private WebSocketGraphQlTester webSocket;

    @BeforeEach
    void connect() {
        webSocket = WebSocketGraphQlTester.builder(URI.create("ws://localhost:" + port + "/graphql"),
                new ReactorNettyWebSocketClient()).build();
    }

    @AfterEach
    void disconnect() {
        webSocket.stop().block(TIMEOUT);
    }

    @Test
    void a_subscriber_hears_each_participant_that_joins_changes_and_leaves_the_call() {
        String call = createCall();
        int before = active.count();
        Flux<Map> changes = webSocket.documentName("participantsChanged").variable("callId", call)
                .executeSubscription().toFlux("participantsChanged", Map.class);
        String[] participant = new String[1];
        List<String> heard = new java.util.concurrent.CopyOnWriteArrayList<>();

        StepVerifier.create(changes)
                .then(() -> {
                    active.awaitCount(before + 1);
                    participant[0] = addParticipant(call);
                })
                .assertNext(change -> {
                    assertThat(change.get("changeType")).isEqualTo("created");
                    assertThat(participant(change)).containsEntry("callId", call);
                    heard.add((String) participant(change).get("id"));
                })
                .then(() -> mutate("updateParticipant", "{'callId': '%s', 'id': '%s', 'metadata': 'on stage'}"
                        .formatted(call, participant[0])).errors().verify())
                .assertNext(change -> {
                    assertThat(change.get("changeType")).isEqualTo("updated");
                    assertThat(participant(change)).containsEntry("metadata", "on stage");
                })
                .then(() -> mutate("removeParticipant", "{'callId': '%s', 'id': '%s'}".formatted(call, participant[0]))
                        .errors().verify())
                .assertNext(change -> {
                    assertThat(change.get("changeType")).isEqualTo("deleted");
                    assertThat(participant(change).get("removedState")).isNotNull();
                })
                .thenCancel()
                .verify(TIMEOUT);

        assertThat(heard).containsExactly(participant[0]);
        active.awaitCount(before);
    }

    @Test
    void a_subscriber_hears_nothing_of_a_refused_mutation_nor_of_another_call() {
        String call = createCall();
        String otherCall = createCall();
        int before = active.count();
        Flux<Map> changes = webSocket.documentName("participantsChanged").variable("callId", call)
                .executeSubscription().toFlux("participantsChanged", Map.class);

        StepVerifier.create(changes)
                .then(() -> {
                    active.awaitCount(before + 1);
                    addParticipant(otherCall);
                    refused(mutate("addParticipant", newParticipant(call).replace("'Metadata value'",
                            "'" + "x".repeat(70_000) + "'")), "BAD_REQUEST", "BadRequest");
                    addParticipant(call);
                })
                .assertNext(change -> assertThat(participant(change)).containsEntry("callId", call))
                .thenCancel()
                .verify(TIMEOUT);
    }

    @Test
    void a_subscriber_hears_the_call_state_change_a_hang_up_causes() {
        String call = createCall();
        int before = active.count();
        Flux<Map> states = webSocket.documentName("callStateChanged").variable("callId", call)
                .executeSubscription().toFlux("callStateChanged", Map.class);

        StepVerifier.create(states)
                .then(() -> {
                    active.awaitCount(before + 1);
                    mutate("hangUpCall", "{'callId': '" + call + "'}").errors().verify();
                })
                .assertNext(state -> assertThat(state).containsEntry("id", call).containsEntry("state", "terminated"))
                .thenCancel()
                .verify(TIMEOUT);
    }

    @Test
    void a_subscriber_without_a_call_id_hears_every_call_of_the_tenant_as_it_is_placed_and_moves_on() {
        int before = active.count();
        // the tenant's other calls are heard too: this test's call is the one with its subject
        String subject = "watched " + UUID.randomUUID();
        String[] call = new String[1];
        Flux<Map> states = webSocket.documentName("everyCallStateChanged")
                .executeSubscription().toFlux("callStateChanged", Map.class)
                .filter(state -> subject.equals(state.get("subject")));

        StepVerifier.create(states)
                .then(() -> {
                    active.awaitCount(before + 1);
                    call[0] = createCall(PEER_TO_PEER_CALL.replace("'A test call'", "'" + subject + "'"));
                })
                .assertNext(state -> assertThat(state).containsEntry("state", "establishing"))
                .then(() -> mutate("hangUpCall", "{'callId': '" + call[0] + "'}").errors().verify())
                .assertNext(state -> assertThat(state).containsEntry("id", call[0])
                        .containsEntry("state", "terminated"))
                .thenCancel()
                .verify(TIMEOUT);
    }

    @Test
    void a_subscriber_hears_an_operation_start_and_complete() {
        String call = createGroupCall();
        int before = active.count();
        Flux<Map> operations = webSocket.documentName("operationUpdated").variable("callId", call)
                .executeSubscription().toFlux("operationUpdated", Map.class);
        String[] operation = new String[1];

        StepVerifier.create(operations)
                .then(() -> {
                    active.awaitCount(before + 1);
                    operation[0] = mutate("inviteParticipants", """
                            {'callId': '%s', 'clientContext': 'live', 'participants': [{'identity': {'user': {'id': 'bob'}}}]}
                            """.formatted(call)).errors().verify().path("inviteParticipants.operation.id")
                            .entity(String.class).get();
                })
                .assertNext(started -> assertThat(started).containsEntry("__typename", "InviteParticipantsOperation")
                        .containsEntry("status", "Running").containsEntry("clientContext", "live"))
                .then(() -> mutate("updateOperation", "{'callId': '%s', 'id': '%s', 'status': 'Completed'}"
                        .formatted(call, operation[0])).errors().verify())
                .assertNext(completed -> assertThat(completed).containsEntry("id", operation[0])
                        .containsEntry("status", "Completed"))
                .thenCancel()
                .verify(TIMEOUT);
    }

    @Test
    void a_tenant_wide_subscriber_hears_each_new_call_record_with_its_sessions() {
        int before = active.count();
        Flux<Map> records = webSocket.documentName("callRecordCreated").executeSubscription()
                .toFlux("callRecordCreated", Map.class)
                .filter(record -> "2012-01-05T09:00:00Z".equals(record.get("startDateTime")));

        StepVerifier.create(records)
                .then(() -> {
                    active.awaitCount(before + 1);
                    mutate("createCallRecord", """
                            {'type': 'groupCall', 'startDateTime': '2012-01-05T09:00:00Z', 'endDateTime': '2012-01-05T10:00:00Z',
                             'sessions': [{'id': 's-1', 'startDateTime': '2012-01-05T09:00:00Z',
                                           'endDateTime': '2012-01-05T09:10:00Z'}]}
                            """).errors().verify();
                })
                .assertNext(record -> assertThat(record).containsEntry("type", "groupCall")
                        .containsEntry("sessions", List.of(Map.of("id", "s-1"))))
                .thenCancel()
                .verify(TIMEOUT);
    }

    @Test
    void a_call_of_another_tenant_cannot_be_watched() {
        String foreign = core.createCall().create(new CreateCallCommand(TenantId.of("another-tenant"), "app",
                new NewCall("https://bot.example.test/callback", null, null,
                        List.of(InvitationParticipantInfo.of(IdentitySet.ofUser(new PlainIdentity("u", "U", null)))),
                        List.of(), new MediaConfig.ServiceHosted(List.of()), null, null, null))).id().value();

        Flux<Map> changes = webSocket.documentName("participantsChanged").variable("callId", foreign)
                .executeSubscription().toFlux("participantsChanged", Map.class);

        StepVerifier.create(changes)
                .expectErrorSatisfies(error -> {
                    assertThat(error).isInstanceOf(SubscriptionErrorException.class);
                    var errors = ((SubscriptionErrorException) error).getErrors();
                    assertThat(errors).hasSize(1);
                    assertThat(errors.get(0).getExtensions()).containsEntry("code", "itemNotFound");
                    assertThat(errors.get(0).getErrorType().toString()).isEqualTo("NOT_FOUND");
                })
                .verify(TIMEOUT);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> participant(Map<?, ?> change) {
        return (Map<String, Object>) change.get("participant");
    }
}
