package dev.switchboard.adapter.persistence;

import dev.switchboard.adapter.persistence.testing.OnPostgres;
import dev.switchboard.adapter.persistence.testing.TestDatabases;
import dev.switchboard.application.testing.fixtures.Tenants;
import dev.switchboard.domain.call.Call;
import dev.switchboard.domain.error.UnavailableException;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;

import static dev.switchboard.application.testing.fixtures.Calls.aCall;
import static dev.switchboard.application.testing.fixtures.Times.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every statement is bounded: one that waits past the statement timeout (here behind a lock that another session
 * holds) is cancelled, and the core hears "unavailable" instead of waiting forever.
 */
@OnPostgres
class StatementTimeoutPostgresTest {

    @Test
    void a_write_stuck_behind_a_lock_past_the_statement_timeout_is_unavailable() throws Exception {
        JdbcPersistence impatient = JdbcPersistence.over(TestDatabases.postgres(),
                new DataSourceTransactionManager(TestDatabases.postgres()), Duration.ofSeconds(1));
        Call call = impatient.calls().insert(aCall().tenant(Tenants.random()).build());

        try (Connection other = TestDatabases.postgres().getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement lock = other.prepareStatement(
                    "select version from calls where tenant_id = ? and id = ? for update")) {
                lock.setString(1, call.tenantId().value());
                lock.setString(2, call.id().value());
                lock.executeQuery().close();
            }

            long started = System.nanoTime();
            assertThatThrownBy(() -> impatient.calls().update(call.keepAlive(T0.plusSeconds(60))))
                    .isInstanceOf(UnavailableException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
            other.rollback();
        }

        assertThat(impatient.calls().find(call.tenantId(), call.id())).contains(call);
    }
}
