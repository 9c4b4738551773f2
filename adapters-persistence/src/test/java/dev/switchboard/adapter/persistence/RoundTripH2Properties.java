package dev.switchboard.adapter.persistence;

import dev.switchboard.adapter.persistence.testing.TestDatabases;

import javax.sql.DataSource;

/** Aggregates survive a round trip through H2. */
class RoundTripH2Properties extends RoundTripProperties {

    @Override
    JdbcPersistence persistence() {
        return TestDatabases.h2Persistence();
    }

    @Override
    DataSource dataSource() {
        return TestDatabases.h2();
    }
}
