package dev.switchboard.application.service.callrecord;

import dev.switchboard.application.port.in.callrecord.CallRecordQueries;
import dev.switchboard.application.port.in.callrecord.CreateCallRecordUseCase;
import dev.switchboard.application.port.in.callrecord.PurgeExpiredCallRecordsUseCase;
import dev.switchboard.application.port.in.callrecord.UpdateCallRecordUseCase;
import dev.switchboard.application.port.out.OutboundPorts;
import dev.switchboard.application.service.ResourceLookup;

/** The call-record use cases, built over the outbound ports. Only the core's assembly creates this. */
public final class CallRecordServices {

    private final CreateCallRecordUseCase createCallRecord;
    private final UpdateCallRecordUseCase updateCallRecord;
    private final CallRecordQueries queries;
    private final PurgeExpiredCallRecordsUseCase purgeExpired;

    public CallRecordServices(OutboundPorts ports, ResourceLookup lookup) {
        this.createCallRecord = new CreateCallRecordService(ports);
        this.updateCallRecord = new UpdateCallRecordService(ports, lookup);
        this.queries = new CallRecordQueryService(ports, lookup);
        this.purgeExpired = new PurgeExpiredCallRecordsService(ports, lookup);
    }

    public PurgeExpiredCallRecordsUseCase purgeExpired() {
        return purgeExpired;
    }

    public CreateCallRecordUseCase createCallRecord() {
        return createCallRecord;
    }

    public UpdateCallRecordUseCase updateCallRecord() {
        return updateCallRecord;
    }

    public CallRecordQueries queries() {
        return queries;
    }
}
