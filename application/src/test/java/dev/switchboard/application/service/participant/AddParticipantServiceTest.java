package dev.switchboard.application.service.participant;

import dev.switchboard.application.port.in.participant.AddParticipantCommand;
import dev.switchboard.application.service.ServiceTestSupport;
import dev.switchboard.application.service.ServiceTestSupport.StoreContents;
import dev.switchboard.application.service.SwitchboardCore;
import dev.switchboard.application.testing.fixtures.Participants;
import dev.switchboard.domain.call.Call;
import dev.switchboard.domain.call.CallKind;
import dev.switchboard.domain.callrecord.CallType;
import dev.switchboard.domain.common.CallId;
import dev.switchboard.domain.error.ConflictException;
import dev.switchboard.domain.error.InvalidInputException;
import dev.switchboard.domain.error.NotFoundException;
import dev.switchboard.domain.event.ParticipantJoined;
import dev.switchboard.domain.identity.EndpointType;
import dev.switchboard.domain.participant.NewParticipant;
import dev.switchboard.domain.participant.Participant;
import dev.switchboard.domain.participant.ParticipantInfo;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static dev.switchboard.application.service.ServiceTestSupport.OTHER_TENANT;
import static dev.switchboard.application.service.ServiceTestSupport.TENANT;
import static dev.switchboard.application.service.ServiceTestSupport.aNewParticipant;
import static dev.switchboard.application.service.ServiceTestSupport.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Adding a participant straight to the roster (the seed's {@code POST …/participants}). */
class AddParticipantServiceTest {

    private final ServiceTestSupport given = new ServiceTestSupport();
    private final SwitchboardCore core = given.core();

    @Test
    void an_added_participant_joins_the_roster_with_the_next_roster_number() {
        Call call = given.aGroupCall();
        Instant now = given.clock().advance(Duration.ofMinutes(3));
        NewParticipant adele = aNewParticipant(aUser("adele"));

        Participant added = core.addParticipant().add(new AddParticipantCommand(TENANT, call.id(), adele));

        assertThat(added.callId()).isEqualTo(call.id());
        assertThat(added.rosterSequenceNumber()).isEqualTo(2);
        assertThat(added.joinedDateTime()).isEqualTo(now);
        assertThat(added.isPresent()).isTrue();
        assertThat(added.info().identity()).isEqualTo(adele.info().identity());
        assertThat(added.metadata()).isEqualTo(adele.metadata());
        assertThat(added.mediaStreams()).isEqualTo(adele.mediaStreams());
        assertThat(given.roster(call)).extracting(Participant::id).containsExactly(call.myParticipantId(), added.id());
    }

    @Test
    void the_service_assigns_the_participant_id_and_writes_it_into_the_info() {
        Call call = given.aGroupCall();
        NewParticipant withClientSentId = new NewParticipant(
                new ParticipantInfo(aUser("adele"), EndpointType.DEFAULT, "emea", null, null, "chosen-by-client"),
                null, false, false, Participants.threeStreams(), null);

        Participant added = core.addParticipant().add(new AddParticipantCommand(TENANT, call.id(), withClientSentId));

        assertThat(added.id().value()).isNotEqualTo("chosen-by-client");
        assertThat(added.info().participantId()).isEqualTo(added.id().value());
        assertThat(added.info().region()).isEqualTo("emea");
    }

    @Test
    void every_participant_added_gets_a_higher_roster_number() {
        Call call = given.aGroupCall();

        long first = given.aParticipantIn(call).rosterSequenceNumber();
        long second = given.aParticipantIn(call).rosterSequenceNumber();

        assertThat(second).isGreaterThan(first);
    }

    @Test
    void adding_a_participant_announces_that_they_joined() {
        Call call = given.aGroupCall();
        given.events().clear();

        Participant added = given.aParticipantIn(call);

        assertThat(given.events().published()).containsExactly(new ParticipantJoined(added));
    }

    @Test
    void a_third_party_turns_a_peer_to_peer_call_into_a_group_call() {
        Call call = given.aPeerToPeerCall();

        given.aParticipantIn(call);

        assertThat(given.read(call).kind()).isEqualTo(CallKind.GROUP);
        given.hangUp(call);
        assertThat(given.recordOf(call).type()).isEqualTo(CallType.GROUP_CALL);
    }

    @Test
    void a_terminated_call_refuses_new_participants_and_nothing_is_stored() {
        Call call = given.anEndedGroupCall();
        StoreContents before = given.contents();

        assertThatThrownBy(() -> core.addParticipant().add(
                new AddParticipantCommand(TENANT, call.id(), aNewParticipant(aUser("late")))))
                .isInstanceOf(ConflictException.class);
        assertThat(given.contents()).isEqualTo(before);
    }

    @Test
    void a_full_call_refuses_one_more_and_nothing_is_stored() {
        Call call = given.aGroupCall();
        for (int i = given.roster(call).size(); i < Call.MAX_PARTIES; i++) {
            core.addParticipant().add(new AddParticipantCommand(TENANT, call.id(), aNewParticipant(aUser("u" + i))));
        }
        StoreContents before = given.contents();

        assertThatThrownBy(() -> core.addParticipant().add(
                new AddParticipantCommand(TENANT, call.id(), aNewParticipant(aUser("one-too-many")))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("holds at most " + Call.MAX_PARTIES);
        assertThat(given.roster(call)).hasSize(Call.MAX_PARTIES);
        assertThat(given.contents()).isEqualTo(before);
    }

    @Test
    void nobody_adds_to_a_call_they_cannot_see() {
        Call call = given.aGroupCall();
        StoreContents before = given.contents();

        assertThatThrownBy(() -> core.addParticipant().add(
                new AddParticipantCommand(OTHER_TENANT, call.id(), aNewParticipant(aUser("intruder")))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> core.addParticipant().add(
                new AddParticipantCommand(TENANT, CallId.of("no-such-call"), aNewParticipant(aUser("lost")))))
                .isInstanceOf(NotFoundException.class);
        assertThat(given.contents()).isEqualTo(before);
    }
}
