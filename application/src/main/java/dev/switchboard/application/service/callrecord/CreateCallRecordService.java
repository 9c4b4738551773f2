package dev.switchboard.application.service.callrecord;

import dev.switchboard.application.port.in.callrecord.CreateCallRecordCommand;
import dev.switchboard.application.port.in.callrecord.CreateCallRecordUseCase;
import dev.switchboard.application.port.out.OutboundPorts;
import dev.switchboard.domain.callrecord.CallRecord;
import dev.switchboard.domain.common.CallRecordId;
import dev.switchboard.domain.event.CallRecordCreated;

class CreateCallRecordService implements CreateCallRecordUseCase {

    private final OutboundPorts ports;

    CreateCallRecordService(OutboundPorts ports) {
        this.ports = ports;
    }

    @Override
    public CallRecord create(CreateCallRecordCommand command) {
        return ports.transactions().inTransaction(() -> {
            CallRecord record = ports.callRecords().insert(CallRecord.create(command.tenantId(),
                    CallRecordId.of(ports.ids().newId()), command.callRecord(), ports.clock().instant()));
            ports.events().publish(new CallRecordCreated(record));
            return record;
        });
    }
}
