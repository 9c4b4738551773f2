package dev.switchboard.adapter.persistence;

import dev.switchboard.adapter.persistence.testing.TestDatabases;
import dev.switchboard.application.testing.fixtures.Ids;
import dev.switchboard.application.testing.fixtures.Tenants;
import dev.switchboard.domain.error.UnavailableException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A database that cannot be reached is the core's "unavailable", never a persistence exception: PostgreSQL on a port
 * nobody listens on, and the embedded H2 when its file cannot be opened.
 */
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

    @Test
    void an_h2_file_that_cannot_be_opened_is_unavailable(@TempDir Path nowhere) {
        JdbcPersistence h2 = JdbcPersistence.over(new DriverManagerDataSource(
                "jdbc:h2:file:" + nowhere.resolve("missing") + TestDatabases.H2_MODE + ";IFEXISTS=TRUE", "sa", ""));

        assertThatThrownBy(() -> h2.calls().find(Tenants.random(), Ids.callId()))
                .isInstanceOf(UnavailableException.class);
        assertThatThrownBy(() -> h2.transactions().inTransaction(() -> "never runs"))
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
