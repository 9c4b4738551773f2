package dev.switchboard.application.testing.inmemory;

import dev.switchboard.application.port.out.RosterSequence;
import dev.switchboard.domain.common.CallId;
import dev.switchboard.domain.common.TenantId;

/**
 * {@link RosterSequence} in memory, for tests: each call counts 1, 2, 3, … A number drawn in a transaction that
 * rolls back is handed out again, as a counter row in a database would be, since nothing stamped with it survived.
 */
public final class InMemoryRosterSequence implements RosterSequence {

    private final Table<Long> counters;

    /** A sequence with transactions of its own. */
    public InMemoryRosterSequence() {
        this(new InMemoryTransactionRunner());
    }

    /** A sequence that commits and rolls back with the other stores of {@code transactions}. */
    public InMemoryRosterSequence(InMemoryTransactionRunner transactions) {
        this.counters = new Table<>(transactions, "roster sequence", last -> last);
    }

    @Override
    public long next(TenantId tenantId, CallId callId) {
        Key call = Key.of(tenantId.value(), callId.value(), "roster");
        return counters.compute(call, last -> last == null ? 1 : last + 1);
    }
}
