package dev.switchboard.application.service;

import dev.switchboard.application.port.in.call.CreateCallCommand;
import dev.switchboard.application.port.in.call.HangUpCallCommand;
import dev.switchboard.application.port.in.operation.UpdateOperationCommand;
import dev.switchboard.application.port.in.participant.InviteParticipantsCommand;
import dev.switchboard.application.port.out.CallRecordRepository;
import dev.switchboard.application.port.out.OperationRepository;
import dev.switchboard.application.port.out.OutboundPorts;
import dev.switchboard.application.port.out.ParticipantRepository;
import dev.switchboard.application.service.ServiceTestSupport.StoreContents;
import dev.switchboard.application.testing.fixtures.Calls;
import dev.switchboard.domain.call.Call;
import dev.switchboard.domain.call.CallKind;
import dev.switchboard.domain.call.CallState;
import dev.switchboard.domain.common.ExpectedVersion;
import dev.switchboard.domain.common.Patch;
import dev.switchboard.domain.error.UnavailableException;
import dev.switchboard.domain.operation.CommsOperation;
import dev.switchboard.domain.operation.OperationPatch;
import dev.switchboard.domain.operation.OperationStatus;
import dev.switchboard.domain.participant.Participant;
import org.junit.jupiter.api.Test;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

import static dev.switchboard.application.service.ServiceTestSupport.APPLICATION_ID;
import static dev.switchboard.application.service.ServiceTestSupport.TENANT;
import static dev.switchboard.application.service.ServiceTestSupport.anInvitee;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A use case commits or rolls back as one: when a store fails half-way, nothing the use case wrote stays, and none of
 * the events it published are heard. Each test runs a second core over the same stores, with one port that fails.
 */
class TransactionBoundaryTest {

    private static final OperationPatch COMPLETE = OperationPatch.empty().withStatus(Patch.of(OperationStatus.COMPLETED));

    private final ServiceTestSupport given = new ServiceTestSupport();

    @Test
    void completing_an_invitation_whose_second_invitee_cannot_be_stored_leaves_neither_participants_nor_progress() {
        Call call = given.aGroupCall();
        CommsOperation invitation = given.anInvitation(call, anInvitee("adele"), anInvitee("megan"));
        SwitchboardCore failingOnSecondJoin = coreWith(ports -> withParticipants(ports,
                failingOn(ParticipantRepository.class, ports.participants(), "insert", 1)));
        StoreContents before = given.contents();

        assertThatThrownBy(() -> failingOnSecondJoin.updateOperation().update(new UpdateOperationCommand(TENANT,
                call.id(), invitation.id(), COMPLETE, ExpectedVersion.none())))
                .isInstanceOf(UnavailableException.class);

        assertThat(given.contents()).isEqualTo(before);
        assertThat(given.reload(invitation).status()).isEqualTo(OperationStatus.RUNNING);
        assertThat(given.roster(call)).extracting(Participant::identityId).doesNotContain("adele", "megan");

        given.complete(invitation);
        assertThat(given.roster(call)).extracting(Participant::identityId).contains("adele", "megan");
    }

    @Test
    void an_invitation_whose_operation_cannot_be_stored_leaves_the_call_as_it_was() {
        Call call = given.aPeerToPeerCall();
        SwitchboardCore failingOnOperations = coreWith(ports -> withOperations(ports,
                failingOn(OperationRepository.class, ports.operations(), "insert", 0)));
        StoreContents before = given.contents();

        assertThatThrownBy(() -> failingOnOperations.inviteParticipants().invite(new InviteParticipantsCommand(TENANT,
                call.id(), List.of(anInvitee("adele")), null)))
                .isInstanceOf(UnavailableException.class);

        assertThat(given.contents()).isEqualTo(before);
        assertThat(given.reload(call).kind()).isEqualTo(CallKind.PEER_TO_PEER);
    }

    @Test
    void a_call_whose_application_cannot_join_its_roster_is_not_placed() {
        SwitchboardCore failingOnJoin = coreWith(ports -> withParticipants(ports,
                failingOn(ParticipantRepository.class, ports.participants(), "insert", 0)));
        StoreContents before = given.contents();

        assertThatThrownBy(() -> failingOnJoin.createCall().create(
                new CreateCallCommand(TENANT, APPLICATION_ID, Calls.aGroupCallSpec())))
                .isInstanceOf(UnavailableException.class);

        assertThat(given.contents()).isEqualTo(before);
        assertThat(before.calls()).isEmpty();
    }

    @Test
    void a_hang_up_whose_record_cannot_be_written_leaves_the_call_running() {
        Call call = given.aGroupCall();
        SwitchboardCore failingOnRecords = coreWith(ports -> withCallRecords(ports,
                failingOn(CallRecordRepository.class, ports.callRecords(), "insert", 0)));
        StoreContents before = given.contents();

        assertThatThrownBy(() -> failingOnRecords.hangUpCall().hangUp(new HangUpCallCommand(TENANT, call.id())))
                .isInstanceOf(UnavailableException.class);

        assertThat(given.contents()).isEqualTo(before);
        assertThat(given.read(call).state()).isEqualTo(CallState.ESTABLISHING);
    }

    // ---- a core over the same stores, with one port swapped

    private SwitchboardCore coreWith(UnaryOperator<OutboundPorts> swap) {
        return SwitchboardCore.assemble(swap.apply(given.store().ports()), CoreSettings.defaults());
    }

    private static OutboundPorts withParticipants(OutboundPorts p, ParticipantRepository participants) {
        return new OutboundPorts(p.calls(), participants, p.rosterSequence(), p.operations(), p.callRecords(),
                p.callRecordSearch(), p.ids(), p.transactions(), p.events(), p.eventSource(), p.timers(), p.subscriptions(),
                p.subscriptionValidator(), p.callbackDeliveries(), p.clock());
    }

    private static OutboundPorts withOperations(OutboundPorts p, OperationRepository operations) {
        return new OutboundPorts(p.calls(), p.participants(), p.rosterSequence(), operations, p.callRecords(),
                p.callRecordSearch(), p.ids(), p.transactions(), p.events(), p.eventSource(), p.timers(), p.subscriptions(),
                p.subscriptionValidator(), p.callbackDeliveries(), p.clock());
    }

    private static OutboundPorts withCallRecords(OutboundPorts p, CallRecordRepository callRecords) {
        return new OutboundPorts(p.calls(), p.participants(), p.rosterSequence(), p.operations(), callRecords,
                p.callRecordSearch(), p.ids(), p.transactions(), p.events(), p.eventSource(), p.timers(), p.subscriptions(),
                p.subscriptionValidator(), p.callbackDeliveries(), p.clock());
    }

    /**
     * {@code port} as it is, except that {@code method} fails once it has succeeded {@code successes} times, as a
     * database that goes away half-way through a transaction would.
     */
    private static <P> P failingOn(Class<P> type, P port, String method, int successes) {
        AtomicInteger calls = new AtomicInteger();
        Object failing = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, invoked, args) -> {
            if (invoked.getName().equals(method) && calls.getAndIncrement() >= successes) {
                throw new UnavailableException("The database went away.", null);
            }
            try {
                return invoked.invoke(port, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        });
        return type.cast(failing);
    }
}
