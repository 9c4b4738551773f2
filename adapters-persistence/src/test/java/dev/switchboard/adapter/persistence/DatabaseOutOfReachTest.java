package dev.switchboard.adapter.persistence;

import dev.switchboard.application.testing.fixtures.Ids;
import dev.switchboard.application.testing.fixtures.Tenants;
import dev.switchboard.domain.error.UnavailableException;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A database that cannot be reached is the core's "unavailable", never a persistence exception. */
class DatabaseOutOfReachTest {

    private final JdbcPersistence persistence = JdbcPersistence.over(nowhere());

    @Test
    void a_read_from_a_database_out_of_reach_is_unavailable() {
        assertThatThrownBy(() -> persistence.calls().find(Tenants.random(), Ids.callId()))
                .isInstanceOf(UnavailableException.class);
    }

    @Test
    void a_transaction_that_cannot_begin_is_unavailable() {
        assertThatThrownBy(() -> persistence.transactions().inTransaction(() -> "never runs"))
                .isInstanceOf(UnavailableException.class);
    }

    @Test
    void a_roster_number_from_a_database_out_of_reach_is_unavailable() {
        assertThatThrownBy(() -> persistence.rosterSequence().next(Tenants.random(), Ids.callId()))
                .isInstanceOf(UnavailableException.class);
    }

    /** A PostgreSQL data source whose port nobody listens on. */
    private static PGSimpleDataSource nowhere() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL("jdbc:postgresql://127.0.0.1:1/none?user=nobody");
        dataSource.setConnectTimeout(2);
        return dataSource;
    }
}
