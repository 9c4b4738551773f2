package dev.switchboard.application.service.participant;

import dev.switchboard.application.port.in.participant.InviteParticipantsCommand;
import dev.switchboard.application.port.in.participant.InviteParticipantsUseCase;
import dev.switchboard.application.port.out.OutboundPorts;
import dev.switchboard.application.service.LifecycleSchedule;
import dev.switchboard.application.service.ResourceLookup;
import dev.switchboard.domain.call.Call;
import dev.switchboard.domain.common.OperationId;
import dev.switchboard.domain.event.OperationProgressed;
import dev.switchboard.domain.operation.CommsOperation;
import dev.switchboard.domain.operation.InviteParticipantsOperation;

/**
 * Starts an invitation. The invitees join the roster when the operation completes (by the lifecycle engine, or a
 * PATCH of the operation), not now; so a peer-to-peer call becomes a group call only then, if anyone joins.
 */
class InviteParticipantsService implements InviteParticipantsUseCase {

    private final OutboundPorts ports;
    private final ResourceLookup lookup;
    private final LifecycleSchedule schedule;

    InviteParticipantsService(OutboundPorts ports, ResourceLookup lookup, LifecycleSchedule schedule) {
        this.ports = ports;
        this.lookup = lookup;
        this.schedule = schedule;
    }

    @Override
    public CommsOperation invite(InviteParticipantsCommand command) {
        InviteParticipantsOperation invitation = new InviteParticipantsOperation(command.participants());
        return ports.transactions().inTransaction(() -> {
            Call call = lookup.call(command.tenantId(), command.callId());
            call.requireInvitable(invitation.participants().size());
            call.requireRoomFor(ports.participants().countPresent(command.tenantId(), command.callId()),
                    invitation.participants().size());
            CommsOperation operation = ports.operations().insert(CommsOperation.start(command.tenantId(),
                    command.callId(), OperationId.of(ports.ids().newId()), invitation, command.clientContext(),
                    ports.clock().instant()));
            ports.events().publish(new OperationProgressed(operation));
            schedule.finishLater(operation);
            return operation;
        });
    }
}
