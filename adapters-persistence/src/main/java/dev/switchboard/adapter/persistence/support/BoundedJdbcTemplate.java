package dev.switchboard.adapter.persistence.support;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * A {@link JdbcTemplate} that bounds every statement by the statement timeout, but sets it only on a statement that
 * does not have it already.
 *
 * <p>Why not {@link JdbcTemplate#setQueryTimeout}, which sets it on every statement: H2 keeps the timeout per session
 * and turns {@code Statement.setQueryTimeout} into a {@code SET QUERY_TIMEOUT} statement, and every {@code SET} makes
 * each session of the database drop the statements it has parsed. Set per statement, it had H2 parse every query
 * again, twice (bench/RESULTS.md). H2 answers {@code getQueryTimeout} with the session's value, so here the timeout is
 * set once per connection. PostgreSQL's driver keeps it per statement, so there it is still set on each, as before.
 */
final class BoundedJdbcTemplate extends JdbcTemplate {

    private final int timeoutSeconds;

    BoundedJdbcTemplate(DataSource dataSource, Duration statementTimeout) {
        super(dataSource);
        // JDBC counts whole seconds
        this.timeoutSeconds = (int) Math.max(1, statementTimeout.toSeconds());
    }

    @Override
    protected void applyStatementSettings(Statement statement) throws SQLException {
        ConnectionHolder transaction = (ConnectionHolder) TransactionSynchronizationManager.getResource(getDataSource());
        if (transaction != null && transaction.hasTimeout()) {
            // a running transaction's own deadline wins when it is sooner
            DataSourceUtils.applyTimeout(statement, getDataSource(), timeoutSeconds);
        } else if (statement.getQueryTimeout() != timeoutSeconds) {
            statement.setQueryTimeout(timeoutSeconds);
        }
    }
}
