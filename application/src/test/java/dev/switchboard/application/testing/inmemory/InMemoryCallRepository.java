package dev.switchboard.application.testing.inmemory;

import dev.switchboard.application.port.out.CallRepository;
import dev.switchboard.domain.call.Call;
import dev.switchboard.domain.common.CallId;
import dev.switchboard.domain.common.TenantId;

import java.util.List;
import java.util.Optional;

/** {@link CallRepository} in memory, for tests. */
public final class InMemoryCallRepository implements CallRepository {

    private final Table<Call> calls;

    /** A repository with transactions of its own. */
    public InMemoryCallRepository() {
        this(new InMemoryTransactionRunner());
    }

    /** A repository that commits and rolls back with the other stores of {@code transactions}. */
    public InMemoryCallRepository(InMemoryTransactionRunner transactions) {
        this.calls = new Table<>(transactions, "call", Call::version);
    }

    @Override
    public Call insert(Call call) {
        return calls.insert(keyOf(call), call.withVersion(1));
    }

    @Override
    public Call update(Call call) {
        return calls.replace(keyOf(call), call.version(), call.withVersion(call.version() + 1));
    }

    @Override
    public Optional<Call> find(TenantId tenantId, CallId id) {
        return calls.find(Key.of(tenantId.value(), id.value()));
    }

    @Override
    public List<Call> findPage(TenantId tenantId, Optional<CallId> after, int limit) {
        String afterId = after.map(CallId::value).orElse(Key.BEFORE_ANY_ID);
        return calls.page(Key.of(tenantId.value(), afterId), call -> true, limit);
    }

    private static Key keyOf(Call call) {
        return Key.of(call.tenantId().value(), call.id().value());
    }
}
