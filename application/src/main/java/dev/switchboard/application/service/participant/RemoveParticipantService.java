package dev.switchboard.application.service.participant;

import dev.switchboard.application.port.in.participant.RemoveParticipantCommand;
import dev.switchboard.application.port.in.participant.RemoveParticipantUseCase;
import dev.switchboard.application.port.out.OutboundPorts;
import dev.switchboard.application.service.ResourceLookup;
import dev.switchboard.application.service.ResourceLookup.PresentParticipant;
import dev.switchboard.application.service.WriteChecks;
import dev.switchboard.domain.call.Call;
import dev.switchboard.domain.event.ParticipantLeft;
import dev.switchboard.domain.participant.Participant;
import dev.switchboard.domain.participant.RemovedState;

class RemoveParticipantService implements RemoveParticipantUseCase {

    static final RemovedState REMOVED_BY_APPLICATION = new RemovedState("Removed by the application.");

    private final OutboundPorts ports;
    private final ResourceLookup lookup;

    RemoveParticipantService(OutboundPorts ports, ResourceLookup lookup) {
        this.ports = ports;
        this.lookup = lookup;
    }

    @Override
    public Participant remove(RemoveParticipantCommand command) {
        return WriteChecks.retryingLostRaces(command.expectedVersion(), () -> ports.transactions().inTransaction(() -> {
            PresentParticipant found = lookup.presentParticipantInVisibleCall(command.tenantId(), command.callId(),
                    command.participantId());
            Call call = found.call();
            Participant present = found.participant();
            WriteChecks.applyUnder(command.expectedVersion(), present.version(), () -> {
                call.requireActive();
                return present;
            });
            Participant removed = WriteChecks.save(() -> ports.participants().update(present
                    .remove(REMOVED_BY_APPLICATION, ports.clock().instant())
                    .stamped(ports.rosterSequence().next(command.tenantId(), command.callId()))));
            ports.events().publish(new ParticipantLeft(removed));
            return removed;
        }));
    }
}
