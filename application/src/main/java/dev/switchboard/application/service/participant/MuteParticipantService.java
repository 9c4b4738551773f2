package dev.switchboard.application.service.participant;

import dev.switchboard.application.port.in.participant.MuteParticipantCommand;
import dev.switchboard.application.port.in.participant.MuteParticipantUseCase;
import dev.switchboard.application.port.out.OutboundPorts;
import dev.switchboard.application.service.LifecycleSchedule;
import dev.switchboard.application.service.ResourceLookup;
import dev.switchboard.domain.common.OperationId;
import dev.switchboard.domain.event.OperationProgressed;
import dev.switchboard.domain.operation.CommsOperation;
import dev.switchboard.domain.operation.MuteParticipantOperation;

/** Starts muting a participant; the participant is muted when the operation completes. */
class MuteParticipantService implements MuteParticipantUseCase {

    private final OutboundPorts ports;
    private final ResourceLookup lookup;
    private final LifecycleSchedule schedule;

    MuteParticipantService(OutboundPorts ports, ResourceLookup lookup, LifecycleSchedule schedule) {
        this.ports = ports;
        this.lookup = lookup;
        this.schedule = schedule;
    }

    @Override
    public CommsOperation mute(MuteParticipantCommand command) {
        return ports.transactions().inTransaction(() -> {
            lookup.presentParticipantInVisibleCall(command.tenantId(), command.callId(), command.participantId())
                    .call().requireActive();
            CommsOperation operation = ports.operations().insert(CommsOperation.start(command.tenantId(),
                    command.callId(), OperationId.of(ports.ids().newId()),
                    new MuteParticipantOperation(command.participantId()), command.clientContext(),
                    ports.clock().instant()));
            ports.events().publish(new OperationProgressed(operation));
            schedule.finishLater(operation);
            return operation;
        });
    }
}
