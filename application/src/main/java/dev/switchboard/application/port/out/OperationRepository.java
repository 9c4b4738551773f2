package dev.switchboard.application.port.out;

import dev.switchboard.domain.common.CallId;
import dev.switchboard.domain.common.OperationId;
import dev.switchboard.domain.common.TenantId;
import dev.switchboard.domain.error.ConflictException;
import dev.switchboard.domain.operation.CommsOperation;

import java.util.Optional;

/** Where operations are kept, each its own aggregate, contained in a call. */
public interface OperationRepository {

    /**
     * Stores a new operation and returns it at version 1.
     *
     * @throws ConflictException when the call already has an operation with this id
     */
    CommsOperation insert(CommsOperation operation);

    /**
     * Replaces a stored operation if it is still at {@code operation.version()}; returns it one version higher.
     *
     * @throws ConflictException when the stored operation has moved on since it was read
     */
    CommsOperation update(CommsOperation operation);

    Optional<CommsOperation> find(TenantId tenantId, CallId callId, OperationId id);
}
