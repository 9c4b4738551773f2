package dev.switchboard.application.service.participant;

import dev.switchboard.application.port.in.operation.OperationQueries.GetOperationQuery;
import dev.switchboard.application.port.in.operation.UpdateOperationCommand;
import dev.switchboard.application.port.in.participant.InviteParticipantsCommand;
import dev.switchboard.application.service.ServiceTestSupport;
import dev.switchboard.application.service.ServiceTestSupport.StoreContents;
import dev.switchboard.application.service.SwitchboardCore;
import dev.switchboard.application.testing.fixtures.Calls;
import dev.switchboard.domain.call.Call;
import dev.switchboard.domain.callrecord.CallType;
import dev.switchboard.domain.common.CallId;
import dev.switchboard.domain.common.ExpectedVersion;
import dev.switchboard.domain.common.Patch;
import dev.switchboard.domain.common.ResultInfo;
import dev.switchboard.domain.error.ConflictException;
import dev.switchboard.domain.error.InvalidInputException;
import dev.switchboard.domain.error.NotFoundException;
import dev.switchboard.domain.event.OperationProgressed;
import dev.switchboard.domain.operation.CommsOperation;
import dev.switchboard.domain.operation.InviteParticipantsOperation;
import dev.switchboard.domain.operation.OperationPatch;
import dev.switchboard.domain.operation.OperationStatus;
import dev.switchboard.domain.participant.InvitationParticipantInfo;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static dev.switchboard.application.service.ServiceTestSupport.OTHER_TENANT;
import static dev.switchboard.application.service.ServiceTestSupport.TENANT;
import static dev.switchboard.application.service.ServiceTestSupport.anInvitee;
import static dev.switchboard.application.service.ServiceTestSupport.naming;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Inviting people into a call ({@code POST …/participants/invite}). */
class InviteParticipantsServiceTest {

    private final ServiceTestSupport given = new ServiceTestSupport();
    private final SwitchboardCore core = given.core();

    @Test
    void an_invitation_answers_with_a_running_operation_that_names_the_invitees() {
        Call call = given.aGroupCall();
        Instant now = given.clock().advance(Duration.ofSeconds(30));
        List<InvitationParticipantInfo> invitees = List.of(Calls.anInvitee(), anInvitee("megan"));

        CommsOperation operation = core.inviteParticipants().invite(
                new InviteParticipantsCommand(TENANT, call.id(), invitees, "my-context"));

        assertThat(operation.status()).isEqualTo(OperationStatus.RUNNING);
        assertThat(operation.kind()).isEqualTo(new InviteParticipantsOperation(invitees));
        assertThat(operation.clientContext()).isEqualTo("my-context");
        assertThat(operation.callId()).isEqualTo(call.id());
        assertThat(operation.createdDateTime()).isEqualTo(now);
        assertThat(operation.resultInfo()).isNull();
        assertThat(core.operationQueries().get(new GetOperationQuery(TENANT, call.id(), operation.id())))
                .isEqualTo(operation);
        assertThat(given.contents().operations()).containsExactly(operation);
    }

    @Test
    void invitees_are_not_on_the_roster_until_the_invitation_completes() {
        Call call = given.aGroupCall();

        given.anInvitation(call, anInvitee("adele"), anInvitee("megan"));

        assertThat(given.roster(call)).hasSize(1);
    }

    @Test
    void an_invitation_announces_its_operation() {
        Call call = given.aGroupCall();
        given.events().clear();

        CommsOperation operation = given.anInvitation(call, anInvitee("adele"));

        assertThat(given.events().published()).containsExactly(new OperationProgressed(operation));
    }

    @Test
    void a_peer_to_peer_call_takes_one_invitee() {
        Call call = given.aPeerToPeerCall();

        CommsOperation operation = given.anInvitation(call, anInvitee("adele"));

        assertThat(operation.status()).isEqualTo(OperationStatus.RUNNING);
    }

    @Test
    void a_peer_to_peer_call_whose_invitee_joins_becomes_a_group_call() {
        Call call = given.aPeerToPeerCall();

        given.complete(given.anInvitation(call, anInvitee("adele")));
        given.hangUp(call);

        assertThat(given.recordOf(call).type()).isEqualTo(CallType.GROUP_CALL);
    }

    @Test
    void a_peer_to_peer_call_whose_only_invitation_failed_stays_peer_to_peer() {
        Call call = given.aPeerToPeerCall();
        CommsOperation invitation = given.anInvitation(call, anInvitee("adele"));

        core.updateOperation().update(new UpdateOperationCommand(TENANT, call.id(), invitation.id(),
                OperationPatch.empty().withStatus(Patch.of(OperationStatus.FAILED))
                        .withResultInfo(Patch.of(new ResultInfo(408, 5410, "Request timed out."))),
                ExpectedVersion.none()));
        given.hangUp(call);

        assertThat(given.recordOf(call).type()).isEqualTo(CallType.PEER_TO_PEER);
    }

    @Test
    void a_peer_to_peer_call_refuses_two_invitees_at_once_and_nothing_is_stored() {
        Call call = given.aPeerToPeerCall();
        StoreContents before = given.contents();

        assertThatThrownBy(() -> core.inviteParticipants().invite(new InviteParticipantsCommand(TENANT, call.id(),
                List.of(anInvitee("adele"), anInvitee("megan")), null)))
                .isInstanceOfSatisfying(InvalidInputException.class, naming("participants"));
        assertThat(given.contents()).isEqualTo(before);
    }

    @Test
    void an_invitation_needs_someone_to_invite() {
        Call call = given.aGroupCall();
        StoreContents before = given.contents();

        assertThatThrownBy(() -> core.inviteParticipants().invite(
                new InviteParticipantsCommand(TENANT, call.id(), List.of(), null)))
                .isInstanceOfSatisfying(InvalidInputException.class, naming("participants"));
        assertThat(given.contents()).isEqualTo(before);
    }

    @Test
    void a_client_context_may_hold_256_characters_but_no_more() {
        Call call = given.aGroupCall();

        CommsOperation longest = core.inviteParticipants().invite(new InviteParticipantsCommand(TENANT, call.id(),
                List.of(anInvitee("adele")), "c".repeat(256)));
        assertThat(longest.clientContext()).hasSize(256);

        assertThatThrownBy(() -> new InviteParticipantsCommand(TENANT, call.id(), List.of(anInvitee("megan")),
                "c".repeat(257)))
                .isInstanceOfSatisfying(InvalidInputException.class, naming("clientContext"));
    }

    @Test
    void nobody_invites_into_a_call_they_cannot_see() {
        Call call = given.aGroupCall();
        StoreContents before = given.contents();

        assertThatThrownBy(() -> core.inviteParticipants().invite(new InviteParticipantsCommand(TENANT,
                CallId.of("no-such-call"), List.of(anInvitee("adele")), null)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> core.inviteParticipants().invite(new InviteParticipantsCommand(OTHER_TENANT,
                call.id(), List.of(anInvitee("adele")), null)))
                .isInstanceOf(NotFoundException.class);
        assertThat(given.contents()).isEqualTo(before);
    }

    @Test
    void a_terminated_call_takes_no_invitations_and_nothing_is_stored() {
        Call call = given.anEndedGroupCall();
        StoreContents before = given.contents();

        assertThatThrownBy(() -> core.inviteParticipants().invite(new InviteParticipantsCommand(TENANT, call.id(),
                List.of(anInvitee("adele")), null)))
                .isInstanceOf(ConflictException.class);
        assertThat(given.contents()).isEqualTo(before);
    }
}
