package dev.switchboard.adapter.persistence.support;

import dev.switchboard.domain.error.ConflictException;
import dev.switchboard.domain.error.DomainException;
import dev.switchboard.domain.error.UnavailableException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.TransactionTimedOutException;

/**
 * Turns what the database says into the core's one error vocabulary, so that no persistence exception crosses a port:
 * a taken key or a concurrent writer becomes a conflict, an unreachable or slow database "unavailable". Anything else
 * (a broken statement, a violated constraint the domain should have caught) is a bug and stays as it is.
 */
public final class DataAccessErrors {

    private DataAccessErrors() {
    }

    /**
     * @param duplicate the conflict to report when the statement hit a key that is already taken
     */
    public static RuntimeException translate(RuntimeException failure, String duplicate) {
        if (failure instanceof DomainException) {
            return failure;
        }
        if (failure instanceof DuplicateKeyException) {
            return new ConflictException(duplicate);
        }
        return translate(failure);
    }

    public static RuntimeException translate(RuntimeException failure) {
        if (failure instanceof DomainException) {
            return failure;
        }
        if (failure instanceof DuplicateKeyException) {
            return new ConflictException("Another request stored the same resource at the same time; read it again.");
        }
        if (failure instanceof QueryTimeoutException || failure instanceof TransactionTimedOutException) {
            return new UnavailableException("The database did not answer in time; try again later.", failure);
        }
        if (failure instanceof ConcurrencyFailureException) {
            // lock timeouts, deadlocks, serialization failures: another writer got in the way
            return new ConflictException("A concurrent change got in the way; read the resource again and retry.");
        }
        if (failure instanceof DataAccessResourceFailureException
                || failure instanceof TransientDataAccessResourceException
                || failure instanceof RecoverableDataAccessException
                || failure instanceof CannotCreateTransactionException
                || failure instanceof TransactionSystemException) {
            return new UnavailableException("The database is out of reach; try again later.", failure);
        }
        return failure;
    }
}
