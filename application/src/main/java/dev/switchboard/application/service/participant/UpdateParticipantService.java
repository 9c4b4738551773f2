package dev.switchboard.application.service.participant;

import dev.switchboard.application.port.in.participant.UpdateParticipantCommand;
import dev.switchboard.application.port.in.participant.UpdateParticipantUseCase;
import dev.switchboard.application.port.out.OutboundPorts;
import dev.switchboard.application.service.ResourceLookup;
import dev.switchboard.application.service.ResourceLookup.PresentParticipant;
import dev.switchboard.application.service.WriteChecks;
import dev.switchboard.domain.call.Call;
import dev.switchboard.domain.event.ParticipantUpdated;
import dev.switchboard.domain.participant.Participant;

class UpdateParticipantService implements UpdateParticipantUseCase {

    private final OutboundPorts ports;
    private final ResourceLookup lookup;

    UpdateParticipantService(OutboundPorts ports, ResourceLookup lookup) {
        this.ports = ports;
        this.lookup = lookup;
    }

    @Override
    public Participant update(UpdateParticipantCommand command) {
        return WriteChecks.retryingLostRaces(command.expectedVersion(), () -> ports.transactions().inTransaction(() -> {
            PresentParticipant found = lookup.presentParticipantInVisibleCall(command.tenantId(), command.callId(),
                    command.participantId());
            Call call = found.call();
            Participant stored = found.participant();
            Participant updated = WriteChecks.applyUnder(command.expectedVersion(), stored.version(), () -> {
                Participant changed = stored.update(command.patch());
                if (changed != stored) {
                    call.requireActive();
                }
                return changed;
            });
            if (updated == stored) {
                return stored;
            }
            Participant saved = WriteChecks.save(() -> ports.participants().update(
                    updated.stamped(ports.rosterSequence().next(command.tenantId(), command.callId()))));
            ports.events().publish(new ParticipantUpdated(saved));
            return saved;
        }));
    }
}
