package dev.switchboard.domain.event;

import dev.switchboard.domain.common.CallId;
import dev.switchboard.domain.common.TenantId;
import dev.switchboard.domain.callrecord.CallRecord;

import java.util.Objects;
import java.util.Optional;

/** A call record changed and its version rose. */
public record CallRecordUpdated(CallRecord callRecord) implements CallEvent {

    public CallRecordUpdated {
        Objects.requireNonNull(callRecord, "callRecord");
    }

    @Override
    public TenantId tenantId() {
        return callRecord.tenantId();
    }

    @Override
    public Optional<CallId> callId() {
        return Optional.empty();
    }
}
