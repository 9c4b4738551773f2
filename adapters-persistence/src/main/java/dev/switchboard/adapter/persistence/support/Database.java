package dev.switchboard.adapter.persistence.support;

import dev.switchboard.domain.error.ConflictException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What the repositories share: one {@link JdbcClient} and one transaction manager over the same {@link DataSource}.
 * Spring binds a transaction's connection to the data source, so every statement here runs in the
 * {@link JdbcTransactionRunner}'s transaction when one is open, and on a connection of its own (auto-commit) when not.
 */
public final class Database {

    private final JdbcClient sql;
    private final NamedParameterJdbcTemplate batches;
    private final TransactionTemplate transactions;

    public Database(DataSource dataSource, PlatformTransactionManager transactionManager, Duration statementTimeout) {
        Objects.requireNonNull(dataSource, "dataSource");
        Objects.requireNonNull(transactionManager, "transactionManager");
        JdbcTemplate template = new BoundedJdbcTemplate(dataSource, statementTimeout);
        this.sql = JdbcClient.create(template);
        this.batches = new NamedParameterJdbcTemplate(template);
        this.transactions = new TransactionTemplate(transactionManager);
    }

    public JdbcClient sql() {
        return sql;
    }

    /** Runs one statement for each of {@code rows} in one round trip (a JDBC batch); says how many rows each changed. */
    public int[] batch(String statement, List<? extends SqlParameterSource> rows) {
        if (rows.isEmpty()) {
            return new int[0];
        }
        return batches.batchUpdate(statement, rows.toArray(SqlParameterSource[]::new));
    }

    /** Runs statements, turning database failures into the core's errors. */
    public <T> T run(Supplier<T> statements) {
        try {
            return statements.get();
        } catch (RuntimeException failure) {
            throw DataAccessErrors.translate(failure);
        }
    }

    /**
     * Runs an optimistic update whose {@code where} names {@code :readVersion}: when no row matches, the row changed
     * (or went) since {@code readVersion} was read, and the write is refused as a conflict naming {@code what}.
     */
    public void updateVersioned(String statement, SqlParams row, long readVersion, String what) {
        int updated = run(() -> sql.sql(statement).paramSource(row.with("readVersion", readVersion)).update());
        if (updated == 0) {
            throw new ConflictException(what + " has changed or gone since version " + readVersion
                    + " was read; read it again.");
        }
    }

    /** Runs an insert; a key that is already taken is the conflict {@code duplicate}. */
    public <T> T insert(String duplicate, Supplier<T> statements) {
        try {
            return statements.get();
        } catch (RuntimeException failure) {
            throw DataAccessErrors.translate(failure, duplicate);
        }
    }

    /**
     * Runs statements that must apply together: in the caller's transaction when there is one (the use case's),
     * otherwise in one of their own.
     */
    public <T> T atomically(Supplier<T> statements) {
        try {
            return transactions.execute(status -> statements.get());
        } catch (RuntimeException failure) {
            throw DataAccessErrors.translate(failure);
        }
    }
}
