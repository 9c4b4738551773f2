package dev.switchboard.application.service.call;

import dev.switchboard.application.port.in.call.HangUpCallCommand;
import dev.switchboard.application.port.in.call.HangUpCallUseCase;
import dev.switchboard.application.port.out.OutboundPorts;
import dev.switchboard.application.service.ResourceLookup;
import dev.switchboard.domain.call.Call;
import dev.switchboard.domain.callrecord.CallRecord;
import dev.switchboard.domain.event.CallRecordCreated;
import dev.switchboard.domain.event.CallStateChanged;

import java.time.Instant;

class HangUpCallService implements HangUpCallUseCase {

    private final OutboundPorts ports;
    private final ResourceLookup lookup;

    HangUpCallService(OutboundPorts ports, ResourceLookup lookup) {
        this.ports = ports;
        this.lookup = lookup;
    }

    @Override
    public Call hangUp(HangUpCallCommand command) {
        return ports.transactions().inTransaction(() -> {
            Instant now = ports.clock().instant();
            Call ended = ports.calls().update(lookup.call(command.tenantId(), command.callId()).hangUp(now));
            CallRecord record = ports.callRecords().insert(CallRecord.ofEndedCall(ended,
                    ports.participants().findAll(command.tenantId(), command.callId()), now));
            ports.events().publish(new CallStateChanged(ended));
            ports.events().publish(new CallRecordCreated(record));
            return ended;
        });
    }
}
