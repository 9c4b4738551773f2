package dev.switchboard.domain.event;

import dev.switchboard.domain.common.CallId;
import dev.switchboard.domain.common.TenantId;
import dev.switchboard.domain.callrecord.CallRecord;

import java.util.Objects;
import java.util.Optional;

/** A call record appeared, written by a client or left by an ended call. */
public record CallRecordCreated(CallRecord callRecord) implements CallEvent {

    public CallRecordCreated {
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
