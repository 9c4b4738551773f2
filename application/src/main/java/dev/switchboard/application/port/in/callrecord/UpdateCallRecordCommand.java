package dev.switchboard.application.port.in.callrecord;

import dev.switchboard.domain.common.TenantId;
import dev.switchboard.domain.common.CallRecordId;
import dev.switchboard.domain.callrecord.CallRecordPatch;
import dev.switchboard.domain.common.ExpectedVersion;

import java.util.Objects;

/** The input of {@link UpdateCallRecordUseCase}; it checks itself on construction. */
public record UpdateCallRecordCommand(TenantId tenantId, CallRecordId callRecordId, CallRecordPatch patch, ExpectedVersion expectedVersion) {

    public UpdateCallRecordCommand {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(callRecordId, "callRecordId");
        Objects.requireNonNull(patch, "patch");
        Objects.requireNonNull(expectedVersion, "expectedVersion");
    }
}
