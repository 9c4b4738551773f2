package dev.switchboard.application.service.participant;

import dev.switchboard.application.port.in.participant.MuteParticipantCommand;
import dev.switchboard.application.port.in.participant.ParticipantQueries.GetParticipantQuery;
import dev.switchboard.application.port.in.participant.RemoveParticipantCommand;
import dev.switchboard.application.service.ServiceTestSupport;
import dev.switchboard.application.service.ServiceTestSupport.StoreContents;
import dev.switchboard.application.service.SwitchboardCore;
import dev.switchboard.domain.call.Call;
import dev.switchboard.domain.common.ParticipantId;
import dev.switchboard.domain.error.ConflictException;
import dev.switchboard.domain.error.InvalidInputException;
import dev.switchboard.domain.error.NotFoundException;
import dev.switchboard.domain.event.OperationProgressed;
import dev.switchboard.domain.event.ParticipantUpdated;
import dev.switchboard.domain.operation.CommsOperation;
import dev.switchboard.domain.operation.MuteParticipantOperation;
import dev.switchboard.domain.operation.OperationStatus;
import dev.switchboard.domain.participant.MediaStream;
import dev.switchboard.domain.participant.Modality;
import dev.switchboard.domain.participant.Participant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static dev.switchboard.application.service.ServiceTestSupport.OTHER_TENANT;
import static dev.switchboard.application.service.ServiceTestSupport.TENANT;
import static dev.switchboard.application.service.ServiceTestSupport.aUser;
import static dev.switchboard.application.service.ServiceTestSupport.naming;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Muting a participant ({@code POST …/participants/{id}/mute}): an operation that mutes when it completes. */
class MuteParticipantServiceTest {

    private final ServiceTestSupport given = new ServiceTestSupport();
    private final SwitchboardCore core = given.core();

    private Call call;
    private Participant adele;

    @BeforeEach
    void givenAGroupCallWithAdeleOnTheRoster() {
        call = given.aGroupCall();
        adele = given.aParticipantIn(call, aUser("adele"));
        given.events().clear();
    }

    @Test
    void muting_answers_with_a_running_operation_and_the_participant_is_not_muted_yet() {
        CommsOperation operation = core.muteParticipant().mute(
                new MuteParticipantCommand(TENANT, call.id(), adele.id(), "mute-context"));

        assertThat(operation.status()).isEqualTo(OperationStatus.RUNNING);
        assertThat(operation.kind()).isEqualTo(new MuteParticipantOperation(adele.id()));
        assertThat(operation.clientContext()).isEqualTo("mute-context");
        assertThat(read(adele)).isEqualTo(adele);
        assertThat(given.events().published()).containsExactly(new OperationProgressed(operation));
    }

    @Test
    void once_the_operation_completes_the_participant_is_muted_on_the_server() {
        CommsOperation operation = core.muteParticipant().mute(
                new MuteParticipantCommand(TENANT, call.id(), adele.id(), null));

        CommsOperation completed = given.complete(operation);

        Participant muted = read(adele);
        assertThat(completed.status()).isEqualTo(OperationStatus.COMPLETED);
        assertThat(muted.isMuted()).isTrue();
        assertThat(muted.mediaStreams())
                .filteredOn(stream -> stream.mediaType() == Modality.AUDIO)
                .isNotEmpty()
                .allMatch(MediaStream::serverMuted);
        assertThat(muted.mediaStreams())
                .filteredOn(stream -> stream.mediaType() != Modality.AUDIO)
                .containsExactlyElementsOf(adele.mediaStreams().stream()
                        .filter(stream -> stream.mediaType() != Modality.AUDIO).toList());
        assertThat(muted.rosterSequenceNumber()).isGreaterThan(adele.rosterSequenceNumber());
        assertThat(given.events().published(ParticipantUpdated.class)).containsExactly(new ParticipantUpdated(muted));
    }

    @Test
    void an_unknown_participant_cannot_be_muted() {
        StoreContents before = given.contents();

        assertThatThrownBy(() -> core.muteParticipant().mute(
                new MuteParticipantCommand(TENANT, call.id(), ParticipantId.of("nobody"), null)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> core.muteParticipant().mute(
                new MuteParticipantCommand(OTHER_TENANT, call.id(), adele.id(), null)))
                .isInstanceOf(NotFoundException.class);
        assertThat(given.contents()).isEqualTo(before);
    }

    @Test
    void a_participant_who_left_cannot_be_muted() {
        core.removeParticipant().remove(new RemoveParticipantCommand(TENANT, call.id(), adele.id()));
        StoreContents before = given.contents();

        assertThatThrownBy(() -> core.muteParticipant().mute(
                new MuteParticipantCommand(TENANT, call.id(), adele.id(), null)))
                .isInstanceOf(NotFoundException.class);
        assertThat(given.contents()).isEqualTo(before);
    }

    @Test
    void nobody_is_muted_in_a_terminated_call() {
        given.hangUp(call);
        StoreContents before = given.contents();

        assertThatThrownBy(() -> core.muteParticipant().mute(
                new MuteParticipantCommand(TENANT, call.id(), adele.id(), null)))
                .isInstanceOf(ConflictException.class);
        assertThat(given.contents()).isEqualTo(before);
    }

    @Test
    void the_client_context_is_limited_to_256_characters() {
        assertThatThrownBy(() -> new MuteParticipantCommand(TENANT, call.id(), adele.id(), "c".repeat(257)))
                .isInstanceOfSatisfying(InvalidInputException.class, naming("clientContext"));
    }

    private Participant read(Participant participant) {
        return core.participantQueries().get(new GetParticipantQuery(participant.tenantId(), participant.callId(),
                participant.id()));
    }
}
