package dev.switchboard.application.service.operation;

import dev.switchboard.application.port.in.operation.OperationQueries.GetOperationQuery;
import dev.switchboard.application.port.in.operation.UpdateOperationCommand;
import dev.switchboard.application.service.ServiceTestSupport;
import dev.switchboard.application.service.ServiceTestSupport.StoreContents;
import dev.switchboard.application.service.SwitchboardCore;
import dev.switchboard.domain.call.Call;
import dev.switchboard.domain.common.ExpectedVersion;
import dev.switchboard.domain.common.OperationId;
import dev.switchboard.domain.common.Patch;
import dev.switchboard.domain.common.ResultInfo;
import dev.switchboard.domain.error.ConflictException;
import dev.switchboard.domain.error.InvalidInputException;
import dev.switchboard.domain.error.NotFoundException;
import dev.switchboard.domain.error.PreconditionFailedException;
import dev.switchboard.domain.event.OperationProgressed;
import dev.switchboard.domain.event.ParticipantJoined;
import dev.switchboard.domain.operation.CommsOperation;
import dev.switchboard.domain.operation.OperationPatch;
import dev.switchboard.domain.operation.OperationStatus;
import dev.switchboard.domain.participant.Modality;
import dev.switchboard.domain.participant.Participant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static dev.switchboard.application.service.ServiceTestSupport.OTHER_TENANT;
import static dev.switchboard.application.service.ServiceTestSupport.TENANT;
import static dev.switchboard.application.service.ServiceTestSupport.aUser;
import static dev.switchboard.application.service.ServiceTestSupport.anInvitee;
import static dev.switchboard.application.service.ServiceTestSupport.naming;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Changing an operation ({@code PATCH …/operations/{id}}, seed): its clientContext, or, as the simulator's manual
 * control, its status and resultInfo. Status only moves forward, and completing an operation applies its effect.
 */
class UpdateOperationServiceTest {

    private static final OperationPatch COMPLETE = OperationPatch.empty().withStatus(Patch.of(OperationStatus.COMPLETED));

    private final ServiceTestSupport given = new ServiceTestSupport();
    private final SwitchboardCore core = given.core();

    private Call call;
    private CommsOperation invitation;

    @BeforeEach
    void givenAGroupCallThatInvitedAdeleAndMegan() {
        call = given.aGroupCall();
        invitation = given.anInvitation(call, anInvitee("adele"), anInvitee("megan"));
        given.events().clear();
    }

    @Test
    void the_client_context_can_change() {
        Instant now = given.clock().advance(Duration.ofSeconds(5));

        CommsOperation updated = update(invitation, OperationPatch.empty().withClientContext(Patch.of("new-context")));

        assertThat(updated.clientContext()).isEqualTo("new-context");
        assertThat(updated.status()).isEqualTo(OperationStatus.RUNNING);
        assertThat(updated.version()).isEqualTo(invitation.version() + 1);
        assertThat(updated.lastModifiedDateTime()).isEqualTo(now);
        assertThat(read(invitation)).isEqualTo(updated);
        assertThat(given.events().published()).containsExactly(new OperationProgressed(updated));
    }

    @Test
    void completing_an_invitation_brings_the_invitees_onto_the_roster() {
        CommsOperation completed = update(invitation, COMPLETE);

        assertThat(completed.status()).isEqualTo(OperationStatus.COMPLETED);
        List<Participant> roster = given.roster(call);
        assertThat(roster).extracting(Participant::id).startsWith(call.myParticipantId());
        assertThat(roster).extracting(Participant::identityId).endsWith("adele", "megan").hasSize(3);
        Participant adele = roster.get(1);
        assertThat(adele.info().participantId()).isEqualTo(adele.id().value());
        assertThat(adele.isMuted()).isFalse();
        assertThat(adele.isInLobby()).isFalse();
        assertThat(adele.mediaStreams()).singleElement()
                .satisfies(stream -> assertThat(stream.mediaType()).isEqualTo(Modality.AUDIO));
        assertThat(roster.get(2).rosterSequenceNumber()).isGreaterThan(adele.rosterSequenceNumber());
    }

    @Test
    void completing_an_invitation_announces_the_operation_and_each_invitee_joining() {
        CommsOperation completed = update(invitation, COMPLETE);

        List<Participant> roster = given.roster(call);
        assertThat(given.events().published()).containsExactly(new OperationProgressed(completed),
                new ParticipantJoined(roster.get(1)), new ParticipantJoined(roster.get(2)));
    }

    @Test
    void an_invitee_already_on_the_roster_is_not_added_twice() {
        Participant adele = given.aParticipantIn(call, aUser("adele"));

        update(invitation, COMPLETE);

        assertThat(given.roster(call)).extracting(Participant::identityId).containsOnlyOnce("adele", "megan");
        assertThat(given.roster(call)).contains(adele);
    }

    @Test
    void the_same_invitee_named_twice_joins_once() {
        CommsOperation twice = given.anInvitation(call, anInvitee("lee"), anInvitee("lee"));

        update(twice, COMPLETE);

        assertThat(given.roster(call)).extracting(Participant::identityId).containsOnlyOnce("lee");
    }

    @Test
    void a_failed_invitation_keeps_its_result_and_brings_nobody() {
        ResultInfo noAnswer = new ResultInfo(408, 5410, "Request timed out.");

        CommsOperation failed = update(invitation, OperationPatch.empty()
                .withStatus(Patch.of(OperationStatus.FAILED)).withResultInfo(Patch.of(noAnswer)));

        assertThat(failed.status()).isEqualTo(OperationStatus.FAILED);
        assertThat(failed.resultInfo()).isEqualTo(noAnswer);
        assertThat(given.roster(call)).hasSize(1);
        assertThat(given.events().published()).containsExactly(new OperationProgressed(failed));
    }

    @Test
    void status_never_moves_backwards() {
        StoreContents before = given.contents();

        assertThatThrownBy(() -> update(invitation,
                OperationPatch.empty().withStatus(Patch.of(OperationStatus.NOT_STARTED))))
                .isInstanceOf(ConflictException.class);
        assertThat(given.contents()).isEqualTo(before);
    }

    @Test
    void status_cannot_be_cleared() {
        assertThatThrownBy(() -> update(invitation, OperationPatch.empty().withStatus(Patch.cleared())))
                .isInstanceOfSatisfying(InvalidInputException.class, naming("status"));
    }

    @Test
    void a_completed_operation_is_frozen() {
        CommsOperation completed = update(invitation, COMPLETE);
        StoreContents before = given.contents();

        assertThatThrownBy(() -> update(completed, OperationPatch.empty().withClientContext(Patch.of("too late"))))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> update(completed, OperationPatch.empty().withStatus(Patch.of(OperationStatus.RUNNING))))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> update(completed, OperationPatch.empty().withStatus(Patch.of(OperationStatus.FAILED))))
                .isInstanceOf(ConflictException.class);
        assertThat(given.contents()).isEqualTo(before);
    }

    @Test
    void resending_a_terminal_status_changes_nothing_and_announces_nothing() {
        CommsOperation completed = update(invitation, COMPLETE);
        List<Participant> roster = given.roster(call);
        StoreContents before = given.contents();

        CommsOperation answered = update(completed, COMPLETE.withClientContext(Patch.of(completed.clientContext())));

        assertThat(answered).isEqualTo(completed);
        assertThat(given.roster(call)).isEqualTo(roster);
        assertThat(given.contents()).isEqualTo(before);
    }

    @Test
    void resending_the_invitees_is_accepted_but_changing_them_is_refused() {
        StoreContents before = given.contents();

        CommsOperation answered = update(invitation, OperationPatch.empty()
                .withParticipants(Patch.of(List.of(anInvitee("adele"), anInvitee("megan")))));
        assertThat(answered).isEqualTo(invitation);
        assertThatThrownBy(() -> update(invitation, OperationPatch.empty()
                .withParticipants(Patch.of(List.of(anInvitee("adele"))))))
                .isInstanceOfSatisfying(InvalidInputException.class, naming("participants"));
        assertThatThrownBy(() -> update(invitation, OperationPatch.empty().withId(Patch.of("another-id"))))
                .isInstanceOfSatisfying(InvalidInputException.class, naming("id"));
        assertThat(given.contents()).isEqualTo(before);
    }

    @Test
    void a_stale_if_match_fails_the_precondition_and_nothing_changes() {
        CommsOperation renamed = update(invitation, OperationPatch.empty().withClientContext(Patch.of("renamed")));
        StoreContents before = given.contents();

        assertThatThrownBy(() -> update(invitation, COMPLETE, ExpectedVersion.exactly(invitation.version())))
                .isInstanceOf(PreconditionFailedException.class);
        assertThat(given.contents()).isEqualTo(before);
        assertThat(update(renamed, COMPLETE, ExpectedVersion.exactly(renamed.version())).status())
                .isEqualTo(OperationStatus.COMPLETED);
    }

    @Test
    void on_a_terminated_call_a_change_is_a_conflict_but_a_failed_precondition_comes_first() {
        given.hangUp(call);
        StoreContents before = given.contents();

        assertThatThrownBy(() -> update(invitation, COMPLETE, ExpectedVersion.exactly(invitation.version() + 3)))
                .isInstanceOf(PreconditionFailedException.class);
        assertThatThrownBy(() -> update(invitation, COMPLETE, ExpectedVersion.exactly(invitation.version())))
                .isInstanceOf(ConflictException.class);
        assertThat(given.contents()).isEqualTo(before);
    }

    @Test
    void an_operation_is_found_only_under_its_own_call_and_tenant() {
        Call otherCall = given.aGroupCall();
        StoreContents before = given.contents();

        assertThatThrownBy(() -> core.updateOperation().update(new UpdateOperationCommand(TENANT, otherCall.id(),
                invitation.id(), COMPLETE, ExpectedVersion.none())))
                .isInstanceOfSatisfying(NotFoundException.class,
                        notFound -> assertThat(notFound.resource()).isEqualTo("operation"));
        assertThatThrownBy(() -> core.updateOperation().update(new UpdateOperationCommand(OTHER_TENANT, call.id(),
                invitation.id(), COMPLETE, ExpectedVersion.none())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> core.updateOperation().update(new UpdateOperationCommand(TENANT, call.id(),
                OperationId.of("no-such-operation"), COMPLETE, ExpectedVersion.none())))
                .isInstanceOf(NotFoundException.class);
        assertThat(given.contents()).isEqualTo(before);
    }

    private CommsOperation update(CommsOperation operation, OperationPatch patch) {
        return update(operation, patch, ExpectedVersion.none());
    }

    private CommsOperation update(CommsOperation operation, OperationPatch patch, ExpectedVersion expected) {
        return core.updateOperation().update(new UpdateOperationCommand(operation.tenantId(), operation.callId(),
                operation.id(), patch, expected));
    }

    private CommsOperation read(CommsOperation operation) {
        return core.operationQueries().get(new GetOperationQuery(operation.tenantId(), operation.callId(),
                operation.id()));
    }
}
