package dev.switchboard.application.testing.inmemory;

import dev.switchboard.application.port.out.OperationRepository;
import dev.switchboard.domain.common.CallId;
import dev.switchboard.domain.common.OperationId;
import dev.switchboard.domain.common.TenantId;
import dev.switchboard.domain.operation.CommsOperation;

import java.util.Optional;

/** {@link OperationRepository} in memory, for tests. */
public final class InMemoryOperationRepository implements OperationRepository {

    private final Table<CommsOperation> operations;

    /** A repository with transactions of its own. */
    public InMemoryOperationRepository() {
        this(new InMemoryTransactionRunner());
    }

    /** A repository that commits and rolls back with the other stores of {@code transactions}. */
    public InMemoryOperationRepository(InMemoryTransactionRunner transactions) {
        this.operations = new Table<>(transactions, "operation", CommsOperation::version);
    }

    @Override
    public CommsOperation insert(CommsOperation operation) {
        return operations.insert(keyOf(operation), operation.withVersion(1));
    }

    @Override
    public CommsOperation update(CommsOperation operation) {
        return operations.replace(keyOf(operation), operation.version(),
                operation.withVersion(operation.version() + 1));
    }

    @Override
    public Optional<CommsOperation> find(TenantId tenantId, CallId callId, OperationId id) {
        return operations.find(Key.of(tenantId.value(), callId.value(), id.value()));
    }

    private static Key keyOf(CommsOperation operation) {
        return Key.of(operation.tenantId().value(), operation.callId().value(), operation.id().value());
    }
}
