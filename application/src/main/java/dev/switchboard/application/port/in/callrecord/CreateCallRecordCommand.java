package dev.switchboard.application.port.in.callrecord;

import dev.switchboard.domain.common.TenantId;
import dev.switchboard.domain.callrecord.NewCallRecord;

import java.util.Objects;

/** The input of {@link CreateCallRecordUseCase}; it checks itself on construction. */
public record CreateCallRecordCommand(TenantId tenantId, NewCallRecord callRecord) {

    public CreateCallRecordCommand {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(callRecord, "callRecord");
    }
}
