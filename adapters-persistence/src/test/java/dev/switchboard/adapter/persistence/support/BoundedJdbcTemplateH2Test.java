package dev.switchboard.adapter.persistence.support;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.switchboard.adapter.persistence.testing.TestDatabases;
import dev.switchboard.domain.error.UnavailableException;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * On H2 the statement timeout is the session's: it is set once per connection, so that H2 keeps the statements it has
 * parsed (any {@code SET} makes every session drop them), and it still bounds every statement.
 */
class BoundedJdbcTemplateH2Test {

    private final HikariDataSource oneConnection = pool();

    @AfterEach
    void close() {
        oneConnection.close();
    }

    @Test
    void the_timeout_is_set_once_per_connection_so_H2_keeps_its_parsed_statements() throws SQLException {
        Database db = database(Duration.ofSeconds(30));
        db.run(() -> db.sql().sql("select 1").query(Integer.class).single());
        long before = modificationMetaId();

        for (int i = 0; i < 10; i++) {
            db.run(() -> db.sql().sql("select 1").query(Integer.class).single());
        }

        // H2 counts each SET here; a moved count means every session's statements were parsed again
        assertThat(modificationMetaId()).isEqualTo(before);
        assertThat(db.sql().sql("select setting_value from information_schema.settings where setting_name = 'QUERY_TIMEOUT'")
                .query(String.class).single()).isEqualTo("30000");
    }

    @Test
    void a_statement_that_runs_past_the_timeout_is_cancelled_and_the_caller_hears_unavailable() {
        Database db = database(Duration.ofSeconds(1));
        db.run(() -> db.sql().sql("select 1").query(Integer.class).single());

        long started = System.nanoTime();
        assertThatThrownBy(() -> db.run(() -> db.sql().sql("""
                select sum(a."X" * b."X") from system_range(1, 100000) a, system_range(1, 100000) b""")
                .query(Long.class).single()))
                .isInstanceOf(UnavailableException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
    }

    private Database database(Duration statementTimeout) {
        return new Database(oneConnection, new DataSourceTransactionManager(oneConnection), statementTimeout);
    }

    private long modificationMetaId() throws SQLException {
        try (Connection connection = oneConnection.getConnection()) {
            return ((SessionLocal) connection.unwrap(JdbcConnection.class).getSession()).getDatabase()
                    .getModificationMetaId();
        }
    }

    private static HikariDataSource pool() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:mem:bounded-" + UUID.randomUUID() + TestDatabases.H2_MODE + ";DB_CLOSE_DELAY=-1");
        config.setUsername("sa");
        config.setMaximumPoolSize(1);
        return new HikariDataSource(config);
    }
}
