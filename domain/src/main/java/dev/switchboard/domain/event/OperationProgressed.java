package dev.switchboard.domain.event;

import dev.switchboard.domain.common.CallId;
import dev.switchboard.domain.common.TenantId;
import dev.switchboard.domain.operation.CommsOperation;

import java.util.Objects;
import java.util.Optional;

/** An operation started or moved on; when its status is terminal, it has finished. */
public record OperationProgressed(CommsOperation operation) implements CallEvent {

    public OperationProgressed {
        Objects.requireNonNull(operation, "operation");
    }

    @Override
    public TenantId tenantId() {
        return operation.tenantId();
    }

    @Override
    public Optional<CallId> callId() {
        return Optional.of(operation.callId());
    }
}
