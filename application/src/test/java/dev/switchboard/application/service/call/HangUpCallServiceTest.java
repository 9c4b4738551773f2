package dev.switchboard.application.service.call;

import dev.switchboard.application.port.in.call.HangUpCallCommand;
import dev.switchboard.application.service.ServiceTestSupport;
import dev.switchboard.application.service.ServiceTestSupport.StoreContents;
import dev.switchboard.application.service.SwitchboardCore;
import dev.switchboard.application.testing.fixtures.Times;
import dev.switchboard.domain.call.Call;
import dev.switchboard.domain.call.CallState;
import dev.switchboard.domain.call.MediaState;
import dev.switchboard.domain.callrecord.CallRecord;
import dev.switchboard.domain.callrecord.CallType;
import dev.switchboard.domain.callrecord.Session;
import dev.switchboard.domain.common.CallId;
import dev.switchboard.domain.common.ResultInfo;
import dev.switchboard.domain.error.ConflictException;
import dev.switchboard.domain.error.NotFoundException;
import dev.switchboard.domain.event.CallRecordCreated;
import dev.switchboard.domain.event.CallStateChanged;
import dev.switchboard.domain.participant.Participant;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static dev.switchboard.application.service.ServiceTestSupport.OTHER_TENANT;
import static dev.switchboard.application.service.ServiceTestSupport.TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Hanging up ({@code DELETE /communications/calls/{id}}): the call ends and leaves its record. */
class HangUpCallServiceTest {

    private final ServiceTestSupport given = new ServiceTestSupport();
    private final SwitchboardCore core = given.core();

    @Test
    void a_hung_up_call_is_terminated_as_ended_by_the_application() {
        Call call = given.aGroupCall();
        Instant hangUpTime = given.clock().advance(Duration.ofMinutes(12));

        Call ended = core.hangUpCall().hangUp(new HangUpCallCommand(TENANT, call.id()));

        assertThat(ended.state()).isEqualTo(CallState.TERMINATED);
        assertThat(ended.resultInfo()).isEqualTo(ResultInfo.ENDED_BY_APPLICATION);
        assertThat(ended.resultInfo().code()).isEqualTo(200);
        assertThat(ended.resultInfo().subcode()).isEqualTo(7000);
        assertThat(ended.endedDateTime()).isEqualTo(hangUpTime);
        assertThat(ended.mediaState()).isEqualTo(MediaState.INACTIVE);
        assertThat(given.read(call)).isEqualTo(ended);
    }

    @Test
    void the_ended_call_leaves_a_record_named_by_its_call_chain_with_a_session_per_participant() {
        Call call = given.aGroupCall();
        given.clock().advance(Duration.ofMinutes(1));
        Participant adele = given.aParticipantIn(call);
        given.clock().advance(Duration.ofMinutes(1));
        Participant megan = given.aParticipantIn(call);
        Instant hangUpTime = given.clock().advance(Duration.ofMinutes(10));

        core.hangUpCall().hangUp(new HangUpCallCommand(TENANT, call.id()));

        CallRecord record = given.recordOf(call);
        assertThat(record.id().value()).isEqualTo(call.callChainId());
        assertThat(record.version()).isEqualTo(1);
        assertThat(record.startDateTime()).isEqualTo(Times.T0);
        assertThat(record.endDateTime()).isEqualTo(hangUpTime);
        assertThat(record.sessions()).extracting(Session::id)
                .containsExactlyInAnyOrder(call.myParticipantId().value(), adele.id().value(), megan.id().value());
        Session adelesSession = sessionOf(record, adele);
        assertThat(adelesSession.startDateTime()).isEqualTo(adele.joinedDateTime());
        assertThat(adelesSession.endDateTime()).isEqualTo(hangUpTime);
        assertThat(adelesSession.segments()).hasSize(1);
        assertThat(record.participants()).contains(adele.info().identity(), megan.info().identity());
    }

    @Test
    void a_peer_to_peer_call_leaves_a_peer_to_peer_record() {
        Call call = given.aPeerToPeerCall();

        given.hangUp(call);

        CallRecord record = given.recordOf(call);
        assertThat(record.type()).isEqualTo(CallType.PEER_TO_PEER);
        assertThat(record.sessions()).extracting(Session::id).containsExactly(call.myParticipantId().value());
    }

    @Test
    void a_group_call_leaves_a_group_call_record() {
        Call call = given.aGroupCall();

        given.hangUp(call);

        assertThat(given.recordOf(call).type()).isEqualTo(CallType.GROUP_CALL);
    }

    @Test
    void hanging_up_announces_the_end_of_the_call_and_its_new_record() {
        Call call = given.aGroupCall();
        given.events().clear();

        Call ended = core.hangUpCall().hangUp(new HangUpCallCommand(TENANT, call.id()));

        assertThat(given.events().published())
                .containsExactly(new CallStateChanged(ended), new CallRecordCreated(given.recordOf(call)));
    }

    @Test
    void hanging_up_twice_is_a_conflict_and_changes_nothing() {
        Call call = given.anEndedGroupCall();
        given.clock().advance(Duration.ofMinutes(5));
        StoreContents before = given.contents();

        assertThatThrownBy(() -> core.hangUpCall().hangUp(new HangUpCallCommand(TENANT, call.id())))
                .isInstanceOf(ConflictException.class);
        assertThat(given.contents()).isEqualTo(before);
    }

    @Test
    void nobody_hangs_up_a_call_they_cannot_see() {
        Call call = given.aGroupCall();
        StoreContents before = given.contents();

        assertThatThrownBy(() -> core.hangUpCall().hangUp(new HangUpCallCommand(OTHER_TENANT, call.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> core.hangUpCall().hangUp(new HangUpCallCommand(TENANT, CallId.of("no-such-call"))))
                .isInstanceOf(NotFoundException.class);
        assertThat(given.contents()).isEqualTo(before);
    }

    private static Session sessionOf(CallRecord record, Participant participant) {
        List<Session> matching = record.sessions().stream()
                .filter(session -> session.id().equals(participant.id().value()))
                .toList();
        assertThat(matching).hasSize(1);
        return matching.get(0);
    }
}
