package dev.switchboard.adapter.persistence;

import dev.switchboard.adapter.persistence.testing.PostgresSkipHook;
import dev.switchboard.adapter.persistence.testing.TestDatabases;

import javax.sql.DataSource;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/** Aggregates survive a round trip through PostgreSQL. */
@AddLifecycleHook(PostgresSkipHook.class)
class RoundTripPostgresProperties extends RoundTripProperties {

    @Override
    JdbcPersistence persistence() {
        return TestDatabases.postgresPersistence();
    }

    @Override
    DataSource dataSource() {
        return TestDatabases.postgres();
    }
}
