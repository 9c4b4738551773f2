package dev.switchboard.adapter.persistence;

import dev.switchboard.adapter.persistence.testing.TestDatabases;

/** Concurrent writers on H2 never lose an accepted write. */
class ConcurrentWritesH2Test extends ConcurrentWritesTest {

    @Override
    JdbcPersistence persistence() {
        return TestDatabases.h2Persistence();
    }
}
