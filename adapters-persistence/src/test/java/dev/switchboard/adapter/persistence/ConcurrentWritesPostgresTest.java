package dev.switchboard.adapter.persistence;

import dev.switchboard.adapter.persistence.testing.OnPostgres;
import dev.switchboard.adapter.persistence.testing.TestDatabases;

/** Concurrent writers on PostgreSQL never lose an accepted write. */
@OnPostgres
class ConcurrentWritesPostgresTest extends ConcurrentWritesTest {

    @Override
    JdbcPersistence persistence() {
        return TestDatabases.postgresPersistence();
    }
}
