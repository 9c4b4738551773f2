package dev.switchboard.adapter.persistence.support;

import dev.switchboard.application.port.out.TransactionRunner;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.function.Supplier;

/**
 * A use case's transaction as a real database transaction. Nested calls join the one already running, and any
 * exception from {@code work} (a domain error included) rolls it back and comes out unchanged. Spring's transaction
 * synchronization is active inside, so an event publisher can defer its work until after the commit.
 */
public final class JdbcTransactionRunner implements TransactionRunner {

    private final TransactionTemplate transactions;

    public JdbcTransactionRunner(PlatformTransactionManager transactionManager) {
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        try {
            return transactions.execute(status -> work.get());
        } catch (RuntimeException failure) {
            // begin and commit fail this way when the database is gone; failures of the work itself pass unchanged
            throw DataAccessErrors.translate(failure);
        }
    }
}
