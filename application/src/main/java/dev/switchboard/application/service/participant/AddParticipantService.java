package dev.switchboard.application.service.participant;

import dev.switchboard.application.port.in.participant.AddParticipantCommand;
import dev.switchboard.application.port.in.participant.AddParticipantUseCase;
import dev.switchboard.application.port.out.OutboundPorts;
import dev.switchboard.application.service.ResourceLookup;
import dev.switchboard.domain.call.Call;
import dev.switchboard.domain.common.ParticipantId;
import dev.switchboard.domain.event.ParticipantJoined;
import dev.switchboard.domain.participant.Participant;

class AddParticipantService implements AddParticipantUseCase {

    private final OutboundPorts ports;
    private final ResourceLookup lookup;

    AddParticipantService(OutboundPorts ports, ResourceLookup lookup) {
        this.ports = ports;
        this.lookup = lookup;
    }

    @Override
    public Participant add(AddParticipantCommand command) {
        return ports.transactions().inTransaction(() -> {
            Call call = lookup.call(command.tenantId(), command.callId());
            int present = ports.participants().countPresent(command.tenantId(), command.callId());
            call.requireRoomFor(present, 1);
            Call admitted = call.admit(present, 1, false);
            if (admitted != call) {
                ports.calls().update(admitted);
            }
            Participant participant = ports.participants().insert(Participant.join(command.tenantId(),
                    command.callId(), ParticipantId.of(ports.ids().newId()), command.participant(),
                    ports.rosterSequence().next(command.tenantId(), command.callId()), ports.clock().instant()));
            ports.events().publish(new ParticipantJoined(participant));
            return participant;
        });
    }
}
