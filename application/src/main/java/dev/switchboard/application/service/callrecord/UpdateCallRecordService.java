package dev.switchboard.application.service.callrecord;

import dev.switchboard.application.port.in.callrecord.UpdateCallRecordCommand;
import dev.switchboard.application.port.in.callrecord.UpdateCallRecordUseCase;
import dev.switchboard.application.port.out.OutboundPorts;
import dev.switchboard.application.service.ResourceLookup;
import dev.switchboard.application.service.WriteChecks;
import dev.switchboard.domain.callrecord.CallRecord;
import dev.switchboard.domain.event.CallRecordUpdated;

class UpdateCallRecordService implements UpdateCallRecordUseCase {

    private final OutboundPorts ports;
    private final ResourceLookup lookup;

    UpdateCallRecordService(OutboundPorts ports, ResourceLookup lookup) {
        this.ports = ports;
        this.lookup = lookup;
    }

    @Override
    public CallRecord update(UpdateCallRecordCommand command) {
        return WriteChecks.retryingLostRaces(command.expectedVersion(), () -> ports.transactions().inTransaction(() -> {
            CallRecord stored = lookup.callRecord(command.tenantId(), command.callRecordId());
            CallRecord updated = WriteChecks.applyUnder(command.expectedVersion(), stored.version(),
                    () -> stored.update(command.patch(), ports.clock().instant()));
            if (updated == stored) {
                return stored;
            }
            CallRecord saved = WriteChecks.save(() -> ports.callRecords().update(updated, stored.version()));
            ports.events().publish(new CallRecordUpdated(saved));
            return saved;
        }));
    }
}
