package dev.switchboard.adapter.persistence.lifecycle;

import dev.switchboard.adapter.persistence.testing.TestDatabases;
import dev.switchboard.application.port.out.LifecycleTimers;
import dev.switchboard.application.port.out.TransactionRunner;
import dev.switchboard.application.testing.contract.LifecycleTimersContractTest;

/** {@link JdbcLifecycleTimers} keeps the {@link LifecycleTimersContractTest port contract} on H2 in PostgreSQL mode. */
class JdbcLifecycleTimersH2Test extends LifecycleTimersContractTest {

    @Override
    protected LifecycleTimers timers() {
        return TestDatabases.h2Persistence().timers();
    }

    @Override
    protected TransactionRunner transactions() {
        return TestDatabases.h2Persistence().transactions();
    }
}
