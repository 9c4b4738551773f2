package dev.switchboard.application.port.in.operation;

import dev.switchboard.domain.common.CallId;
import dev.switchboard.domain.common.OperationId;
import dev.switchboard.domain.common.TenantId;
import dev.switchboard.domain.error.NotFoundException;
import dev.switchboard.domain.operation.CommsOperation;

import java.util.Objects;

/** Reads of operations, which live under their call. */
public interface OperationQueries {

    /** @throws NotFoundException when the call or the operation is unknown */
    CommsOperation get(GetOperationQuery query);

    record GetOperationQuery(TenantId tenantId, CallId callId, OperationId operationId) {
        public GetOperationQuery {
            Objects.requireNonNull(tenantId, "tenantId");
            Objects.requireNonNull(callId, "callId");
            Objects.requireNonNull(operationId, "operationId");
        }
    }
}
