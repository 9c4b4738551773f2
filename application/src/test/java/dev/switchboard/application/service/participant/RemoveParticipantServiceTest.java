package dev.switchboard.application.service.participant;

import dev.switchboard.application.port.in.participant.ParticipantQueries.GetParticipantQuery;
import dev.switchboard.application.port.in.participant.RemoveParticipantCommand;
import dev.switchboard.application.service.ServiceTestSupport;
import dev.switchboard.application.service.ServiceTestSupport.StoreContents;
import dev.switchboard.application.service.SwitchboardCore;
import dev.switchboard.domain.call.Call;
import dev.switchboard.domain.callrecord.Session;
import dev.switchboard.domain.common.ExpectedVersion;
import dev.switchboard.domain.common.ParticipantId;
import dev.switchboard.domain.error.ConflictException;
import dev.switchboard.domain.error.NotFoundException;
import dev.switchboard.domain.error.PreconditionFailedException;
import dev.switchboard.domain.event.ParticipantLeft;
import dev.switchboard.domain.participant.Participant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static dev.switchboard.application.service.ServiceTestSupport.OTHER_TENANT;
import static dev.switchboard.application.service.ServiceTestSupport.TENANT;
import static dev.switchboard.application.service.ServiceTestSupport.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Taking a participant off the roster ({@code DELETE …/participants/{id}}). */
class RemoveParticipantServiceTest {

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
    void a_removed_participant_leaves_the_roster_and_says_why() {
        Instant now = given.clock().advance(Duration.ofMinutes(7));

        Participant removed = core.removeParticipant().remove(new RemoveParticipantCommand(TENANT, call.id(), adele.id()));

        assertThat(removed.removedState()).isNotNull();
        assertThat(removed.removedState().reason()).isNotBlank();
        assertThat(removed.leftDateTime()).isEqualTo(now);
        assertThat(removed.rosterSequenceNumber()).isGreaterThan(adele.rosterSequenceNumber());
        assertThat(given.roster(call)).extracting(Participant::id).containsExactly(call.myParticipantId());
        assertThatThrownBy(() -> core.participantQueries().get(new GetParticipantQuery(TENANT, call.id(), adele.id())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void the_participant_who_left_is_kept_for_the_calls_record() {
        given.clock().advance(Duration.ofMinutes(2));
        Participant removed = core.removeParticipant().remove(new RemoveParticipantCommand(TENANT, call.id(), adele.id()));
        given.clock().advance(Duration.ofMinutes(20));

        given.hangUp(call);

        Session adelesSession = given.recordOf(call).sessions().stream()
                .filter(session -> session.id().equals(adele.id().value()))
                .findFirst().orElseThrow();
        assertThat(adelesSession.startDateTime()).isEqualTo(adele.joinedDateTime());
        assertThat(adelesSession.endDateTime()).isEqualTo(removed.leftDateTime());
    }

    @Test
    void leaving_is_announced() {
        Participant removed = core.removeParticipant().remove(new RemoveParticipantCommand(TENANT, call.id(), adele.id()));

        assertThat(given.events().published()).containsExactly(new ParticipantLeft(removed));
    }

    @Test
    void a_participant_is_removed_only_once() {
        core.removeParticipant().remove(new RemoveParticipantCommand(TENANT, call.id(), adele.id()));
        StoreContents before = given.contents();

        assertThatThrownBy(() -> core.removeParticipant().remove(
                new RemoveParticipantCommand(TENANT, call.id(), adele.id())))
                .isInstanceOf(NotFoundException.class);
        assertThat(given.contents()).isEqualTo(before);
    }

    @Test
    void nobody_removes_a_participant_they_cannot_see() {
        StoreContents before = given.contents();

        assertThatThrownBy(() -> core.removeParticipant().remove(
                new RemoveParticipantCommand(OTHER_TENANT, call.id(), adele.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> core.removeParticipant().remove(
                new RemoveParticipantCommand(TENANT, call.id(), ParticipantId.of("nobody"))))
                .isInstanceOf(NotFoundException.class);
        assertThat(given.contents()).isEqualTo(before);
    }

    @Test
    void nobody_leaves_a_terminated_call_any_more() {
        given.hangUp(call);
        StoreContents before = given.contents();

        assertThatThrownBy(() -> core.removeParticipant().remove(
                new RemoveParticipantCommand(TENANT, call.id(), adele.id())))
                .isInstanceOf(ConflictException.class);
        assertThat(given.contents()).isEqualTo(before);
    }

    @Test
    void a_removal_whose_if_match_no_longer_matches_is_refused_and_the_participant_stays() {
        assertThatThrownBy(() -> core.removeParticipant().remove(new RemoveParticipantCommand(TENANT, call.id(),
                adele.id(), ExpectedVersion.exactly(adele.version() + 1))))
                .isInstanceOf(PreconditionFailedException.class);

        assertThat(given.roster(call)).extracting(Participant::id).contains(adele.id());
        assertThat(given.events().published()).isEmpty();
    }

    @Test
    void a_removal_with_the_current_version_goes_ahead() {
        Participant removed = core.removeParticipant().remove(new RemoveParticipantCommand(TENANT, call.id(),
                adele.id(), ExpectedVersion.exactly(adele.version())));

        assertThat(removed.isPresent()).isFalse();
    }
}
