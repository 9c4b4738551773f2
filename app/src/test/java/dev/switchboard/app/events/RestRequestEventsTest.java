package dev.switchboard.app.events;

import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import dev.switchboard.app.rest.RestClientSupport;
import dev.switchboard.application.port.in.event.CallEventSubscriptions;
import dev.switchboard.application.port.in.event.CallEventSubscriptions.SubscribeToCallEventsQuery;
import dev.switchboard.domain.common.CallId;
import dev.switchboard.domain.common.TenantId;
import dev.switchboard.domain.event.CallEvent;
import dev.switchboard.domain.event.CallRecordCreated;
import dev.switchboard.domain.event.CallStateChanged;
import dev.switchboard.domain.event.ParticipantJoined;
import dev.switchboard.domain.event.ParticipantUpdated;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What a REST request changes reaches a live subscriber of the application's {@link CallEventSubscriptions}; what
 * it is refused reaches nobody. A refusal is proven silent by a marker: a later successful change on the same call
 * is the first thing the subscriber hears.
 */
class RestRequestEventsTest extends RestClientSupport {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    @Autowired
    CallEventSubscriptions subscriptions;

    private final List<CallEvent> heard = new CopyOnWriteArrayList<>();
    private CallEventSubscriptions.Subscription subscription;

    @AfterEach
    void stopListening() {
        if (subscription != null) {
            subscription.cancel();
        }
    }

    @Test
    void a_call_placed_over_rest_reaches_a_tenant_wide_subscriber() {
        listen(Optional.empty());

        String callId = createCall();

        CallStateChanged placed = (CallStateChanged) awaitHeard(event -> event instanceof CallStateChanged changed
                && changed.call().id().value().equals(callId));
        assertThat(placed.tenantId()).isEqualTo(TenantId.of(TENANT));
        assertThat(placed.call().state().name()).isEqualToIgnoringCase("establishing");
    }

    @Test
    void a_participant_added_over_rest_reaches_a_subscriber_of_that_call() {
        String callId = createCall();
        listen(Optional.of(CallId.of(callId)));

        String participantId = addParticipant(callId).text("/id");

        awaitHeard(event -> event instanceof ParticipantJoined joined && joined.participant().id().value().equals(participantId));
        assertThat(heard).allSatisfy(event -> assertThat(event.callId()).contains(CallId.of(callId)));
    }

    @Test
    void hanging_up_over_rest_announces_the_end_and_the_record() {
        String callId = createCall();
        String chainId = get(call(callId)).text("/callChainId");
        listen(Optional.empty());

        delete(call(callId)).expect(204);

        awaitHeard(event -> event instanceof CallStateChanged changed && changed.call().id().value().equals(callId)
                && changed.call().isTerminated());
        awaitHeard(event -> event instanceof CallRecordCreated created && created.callRecord().id().value().equals(chainId));
    }

    @Test
    void refused_requests_publish_nothing() {
        String callId = createCall();
        String participantId = addParticipant(callId).text("/id");
        String uri = participant(callId, participantId);
        String invitation = invite(callId, aUserId()).location();
        patch(invitation, json("{'status': 'Completed'}")).expect(200);
        String etag = get(uri).text("/@odata.etag");
        listen(Optional.of(CallId.of(callId)));

        patch(uri, json("{'id': 'another', 'isMuted': true}")).expect(400);
        patch(uri, "{\"isMuted\": tru").expect(400);
        patchIfMatch(uri, "\"999\"", json("{'isMuted': true}")).expect(412);
        patch(invitation, json("{'status': 'Running'}")).expect(409);
        post(participants(callId) + "/invite", json("{'participants': []}")).expect(400);
        patchIfMatch(uri, etag, json("{'isMuted': true}")).expect(200);

        CallEvent marker = awaitHeard(event -> event instanceof ParticipantUpdated);
        assertThat(heard).containsExactly(marker);
        assertThat(((ParticipantUpdated) marker).participant().id().value()).isEqualTo(participantId);
    }

    @Test
    void a_refused_change_to_a_terminated_call_publishes_nothing() {
        String callId = createGroupCall();
        String participantId = addParticipant(callId).text("/id");
        String other = createGroupCall();
        delete(call(callId)).expect(204);
        listen(Optional.empty());

        delete(call(callId)).expect(409);
        post(participants(callId), body("participant.json")).expect(409);
        patch(participant(callId, participantId), json("{'isMuted': true}")).expect(409);
        String marker = addParticipant(other).text("/id");

        awaitHeard(event -> event instanceof ParticipantJoined joined && joined.participant().id().value().equals(marker));
        assertThat(heard).noneMatch(event -> event.callId().equals(Optional.of(CallId.of(callId))));
    }

    private void listen(Optional<CallId> callId) {
        subscription = subscriptions.subscribe(new SubscribeToCallEventsQuery(TenantId.of(TENANT), callId), heard::add);
    }

    private CallEvent awaitHeard(Predicate<CallEvent> wanted) {
        return await("a matching event").atMost(PATIENCE).pollInterval(Duration.ofMillis(10))
                .until(() -> heard.stream().filter(wanted).findFirst(), Optional::isPresent)
                .orElseThrow();
    }
}
