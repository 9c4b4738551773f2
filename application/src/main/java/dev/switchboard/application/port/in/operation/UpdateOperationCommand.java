package dev.switchboard.application.port.in.operation;

import dev.switchboard.domain.common.TenantId;
import dev.switchboard.domain.common.CallId;
import dev.switchboard.domain.common.OperationId;
import dev.switchboard.domain.common.ExpectedVersion;
import dev.switchboard.domain.operation.OperationPatch;

import java.util.Objects;

/** The input of {@link UpdateOperationUseCase}; it checks itself on construction. */
public record UpdateOperationCommand(TenantId tenantId, CallId callId, OperationId operationId, OperationPatch patch, ExpectedVersion expectedVersion) {

    public UpdateOperationCommand {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(callId, "callId");
        Objects.requireNonNull(operationId, "operationId");
        Objects.requireNonNull(patch, "patch");
        Objects.requireNonNull(expectedVersion, "expectedVersion");
    }
}
