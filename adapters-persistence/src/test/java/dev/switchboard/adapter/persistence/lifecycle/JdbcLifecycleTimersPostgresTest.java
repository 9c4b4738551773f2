package dev.switchboard.adapter.persistence.lifecycle;

import dev.switchboard.adapter.persistence.testing.OnPostgres;
import dev.switchboard.adapter.persistence.testing.TestDatabases;
import dev.switchboard.application.port.out.LifecycleTimers;
import dev.switchboard.application.port.out.TransactionRunner;
import dev.switchboard.application.testing.contract.LifecycleTimersContractTest;

/** {@link JdbcLifecycleTimers} keeps the {@link LifecycleTimersContractTest port contract} on PostgreSQL. */
@OnPostgres
class JdbcLifecycleTimersPostgresTest extends LifecycleTimersContractTest {

    @Override
    protected LifecycleTimers timers() {
        return TestDatabases.postgresPersistence().timers();
    }

    @Override
    protected TransactionRunner transactions() {
        return TestDatabases.postgresPersistence().transactions();
    }
}
