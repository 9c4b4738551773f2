package dev.switchboard.application.service.participant;

import dev.switchboard.application.port.in.participant.ParticipantQueries.GetParticipantQuery;
import dev.switchboard.application.port.in.participant.RemoveParticipantCommand;
import dev.switchboard.application.port.in.participant.UpdateParticipantCommand;
import dev.switchboard.application.service.ServiceTestSupport;
import dev.switchboard.application.service.ServiceTestSupport.StoreContents;
import dev.switchboard.application.service.SwitchboardCore;
import dev.switchboard.domain.call.Call;
import dev.switchboard.domain.common.ExpectedVersion;
import dev.switchboard.domain.common.Patch;
import dev.switchboard.domain.error.ConflictException;
import dev.switchboard.domain.error.InvalidInputException;
import dev.switchboard.domain.error.NotFoundException;
import dev.switchboard.domain.error.PreconditionFailedException;
import dev.switchboard.domain.event.ParticipantUpdated;
import dev.switchboard.domain.participant.MediaDirection;
import dev.switchboard.domain.participant.MediaStream;
import dev.switchboard.domain.participant.Participant;
import dev.switchboard.domain.participant.ParticipantPatch;
import dev.switchboard.domain.participant.RemovedState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.switchboard.application.service.ServiceTestSupport.OTHER_TENANT;
import static dev.switchboard.application.service.ServiceTestSupport.TENANT;
import static dev.switchboard.application.service.ServiceTestSupport.aUser;
import static dev.switchboard.application.service.ServiceTestSupport.naming;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Changing a participant ({@code PATCH …/participants/{id}}, seed). Writable: {@code metadata}, {@code isMuted},
 * {@code isInLobby} and each stream's {@code serverMuted}; the rest may only be resent as stored.
 */
class UpdateParticipantServiceTest {

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
    void the_writable_properties_change_and_the_participant_gets_a_new_roster_number() {
        List<MediaStream> audioServerMuted = withServerMuted(adele.mediaStreams(), 0, true);
        ParticipantPatch patch = ParticipantPatch.empty()
                .withMetadata(Patch.of("{\"skill\":\"sales\"}"))
                .withIsMuted(Patch.of(true))
                .withIsInLobby(Patch.of(true))
                .withMediaStreams(Patch.of(audioServerMuted));

        Participant updated = update(adele, patch);

        assertThat(updated.metadata()).isEqualTo("{\"skill\":\"sales\"}");
        assertThat(updated.isMuted()).isTrue();
        assertThat(updated.isInLobby()).isTrue();
        assertThat(updated.mediaStreams()).isEqualTo(audioServerMuted);
        assertThat(updated.rosterSequenceNumber()).isGreaterThan(adele.rosterSequenceNumber());
        assertThat(updated.version()).isEqualTo(adele.version() + 1);
        assertThat(updated.info()).isEqualTo(adele.info());
        assertThat(updated.joinedDateTime()).isEqualTo(adele.joinedDateTime());
        assertThat(read(adele)).isEqualTo(updated);
    }

    @Test
    void metadata_can_be_cleared() {
        Participant updated = update(adele, ParticipantPatch.empty().withMetadata(Patch.cleared()));

        assertThat(updated.metadata()).isNull();
    }

    @Test
    void a_change_is_announced() {
        Participant updated = update(adele, ParticipantPatch.empty().withIsMuted(Patch.of(true)));

        assertThat(given.events().published()).containsExactly(new ParticipantUpdated(updated));
    }

    @Test
    void an_empty_patch_changes_nothing_and_announces_nothing() {
        StoreContents before = given.contents();

        Participant answered = update(adele, ParticipantPatch.empty());

        assertThat(answered).isEqualTo(adele);
        assertThat(given.contents()).isEqualTo(before);
    }

    @Test
    void resending_the_stored_values_changes_nothing_even_without_the_service_assigned_participant_id() {
        StoreContents before = given.contents();
        ParticipantPatch roundTrip = ParticipantPatch.empty()
                .withId(Patch.of(adele.id().value()))
                .withInfo(Patch.of(adele.info().withParticipantId(null)))
                .withRecordingInfo(Patch.ofNullable(adele.recordingInfo()))
                .withMediaStreams(Patch.of(adele.mediaStreams()))
                .withMetadata(Patch.of(adele.metadata()))
                .withIsMuted(Patch.of(adele.isMuted()))
                .withIsInLobby(Patch.of(adele.isInLobby()));

        Participant answered = update(adele, roundTrip);

        assertThat(answered.version()).isEqualTo(adele.version());
        assertThat(answered).isEqualTo(adele);
        assertThat(given.contents()).isEqualTo(before);
    }

    @Test
    void changing_read_only_properties_is_refused_naming_each_of_them_and_nothing_changes() {
        StoreContents before = given.contents();
        ParticipantPatch patch = new ParticipantPatch(Patch.of("another-id"),
                Patch.of(adele.info().withParticipantId("someone-else")), Patch.absent(), Patch.absent(),
                Patch.of("this alone would be fine"), Patch.absent(), Patch.absent(),
                Patch.of(new RemovedState("left")), Patch.of(99L));

        assertThatThrownBy(() -> update(adele, patch)).isInstanceOfSatisfying(InvalidInputException.class,
                naming("id", "info", "removedState", "rosterSequenceNumber"));
        assertThat(given.contents()).isEqualTo(before);
    }

    @Test
    void streams_cannot_be_added_or_changed_except_for_server_muting() {
        List<MediaStream> oneMore = new ArrayList<>(adele.mediaStreams());
        oneMore.add(MediaStream.defaultAudio("9"));
        List<MediaStream> redirected = new ArrayList<>(adele.mediaStreams());
        MediaStream video = redirected.get(1);
        redirected.set(1, new MediaStream(video.mediaType(), MediaDirection.INACTIVE, video.sourceId(),
                video.serverMuted(), video.label()));
        StoreContents before = given.contents();

        assertThatThrownBy(() -> update(adele, ParticipantPatch.empty().withMediaStreams(Patch.of(oneMore))))
                .isInstanceOfSatisfying(InvalidInputException.class, naming("mediaStreams"));
        assertThatThrownBy(() -> update(adele, ParticipantPatch.empty().withMediaStreams(Patch.of(redirected))))
                .isInstanceOfSatisfying(InvalidInputException.class, naming("mediaStreams[1]"));
        assertThat(given.contents()).isEqualTo(before);
    }

    @Test
    void is_muted_and_is_in_lobby_cannot_be_null() {
        assertThatThrownBy(() -> update(adele, ParticipantPatch.empty()
                .withIsMuted(Patch.cleared()).withIsInLobby(Patch.cleared())))
                .isInstanceOfSatisfying(InvalidInputException.class, naming("isMuted", "isInLobby"));
    }

    @Test
    void an_if_match_of_the_current_version_or_any_lets_the_change_through() {
        Participant once = update(adele, ParticipantPatch.empty().withIsMuted(Patch.of(true)),
                ExpectedVersion.exactly(adele.version()));
        Participant twice = update(once, ParticipantPatch.empty().withIsMuted(Patch.of(false)),
                ExpectedVersion.anyExisting());

        assertThat(twice.isMuted()).isFalse();
        assertThat(twice.version()).isEqualTo(adele.version() + 2);
    }

    @Test
    void a_stale_if_match_fails_the_precondition_and_nothing_changes() {
        update(adele, ParticipantPatch.empty().withIsMuted(Patch.of(true)));
        StoreContents before = given.contents();

        assertThatThrownBy(() -> update(adele, ParticipantPatch.empty().withIsInLobby(Patch.of(true)),
                ExpectedVersion.exactly(adele.version())))
                .isInstanceOf(PreconditionFailedException.class);
        assertThat(given.contents()).isEqualTo(before);
    }

    @Test
    void a_stale_if_match_even_fails_a_resend() {
        assertThatThrownBy(() -> update(adele, ParticipantPatch.empty(), ExpectedVersion.exactly(adele.version() + 7)))
                .isInstanceOf(PreconditionFailedException.class);
    }

    @Test
    void invalid_fields_are_reported_before_a_failed_precondition() {
        assertThatThrownBy(() -> update(adele, ParticipantPatch.empty().withId(Patch.of("another-id")),
                ExpectedVersion.exactly(adele.version() + 7)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void on_a_terminated_call_a_change_is_a_conflict_but_a_failed_precondition_comes_first() {
        given.hangUp(call);
        StoreContents before = given.contents();
        ParticipantPatch mute = ParticipantPatch.empty().withIsMuted(Patch.of(true));

        assertThatThrownBy(() -> update(adele, mute, ExpectedVersion.exactly(adele.version() + 7)))
                .isInstanceOf(PreconditionFailedException.class);
        assertThatThrownBy(() -> update(adele, mute, ExpectedVersion.exactly(adele.version())))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> update(adele, mute))
                .isInstanceOf(ConflictException.class);
        assertThat(given.contents()).isEqualTo(before);
    }

    @Test
    void on_a_terminated_call_a_resend_of_the_stored_values_is_still_answered() {
        given.hangUp(call);

        assertThat(update(adele, ParticipantPatch.empty().withIsMuted(Patch.of(adele.isMuted())))).isEqualTo(adele);
    }

    @Test
    void a_participant_is_only_found_in_its_own_call_and_tenant() {
        Call otherCall = given.aGroupCall();
        ParticipantPatch mute = ParticipantPatch.empty().withIsMuted(Patch.of(true));
        StoreContents before = given.contents();

        assertThatThrownBy(() -> core.updateParticipant().update(new UpdateParticipantCommand(TENANT, otherCall.id(),
                adele.id(), mute, ExpectedVersion.none())))
                .isInstanceOfSatisfying(NotFoundException.class,
                        notFound -> assertThat(notFound.resource()).isEqualTo("participant"));
        assertThatThrownBy(() -> core.updateParticipant().update(new UpdateParticipantCommand(OTHER_TENANT, call.id(),
                adele.id(), mute, ExpectedVersion.none())))
                .isInstanceOf(NotFoundException.class);
        assertThat(given.contents()).isEqualTo(before);
    }

    @Test
    void a_participant_who_left_is_not_found() {
        core.removeParticipant().remove(new RemoveParticipantCommand(TENANT, call.id(), adele.id()));
        StoreContents before = given.contents();

        assertThatThrownBy(() -> update(adele, ParticipantPatch.empty().withIsMuted(Patch.of(true))))
                .isInstanceOf(NotFoundException.class);
        assertThat(given.contents()).isEqualTo(before);
    }

    private Participant update(Participant participant, ParticipantPatch patch) {
        return update(participant, patch, ExpectedVersion.none());
    }

    private Participant update(Participant participant, ParticipantPatch patch, ExpectedVersion expected) {
        return core.updateParticipant().update(new UpdateParticipantCommand(participant.tenantId(),
                participant.callId(), participant.id(), patch, expected));
    }

    private Participant read(Participant participant) {
        return core.participantQueries().get(new GetParticipantQuery(participant.tenantId(), participant.callId(),
                participant.id()));
    }

    private static List<MediaStream> withServerMuted(List<MediaStream> streams, int index, boolean muted) {
        List<MediaStream> changed = new ArrayList<>(streams);
        changed.set(index, changed.get(index).withServerMuted(muted));
        return changed;
    }
}
