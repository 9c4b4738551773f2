package dev.switchboard.application.testing.inmemory;

import dev.switchboard.application.port.out.TransactionRunner;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The {@link TransactionRunner} of the in-memory adapters. One lock serializes every transaction and every
 * autocommit read or write of the stores that share this runner: simple, and trivially isolated.
 *
 * <p>A store hands the runner a way to undo its changes the first time it is written in a transaction; if the work
 * throws, the runner undoes every store it touched and rethrows. Because nobody else can write while the lock is
 * held, that is the same as snapshotting every store when the transaction begins, only cheaper. Nested calls join
 * the transaction already running on their thread.
 */
public final class InMemoryTransactionRunner implements TransactionRunner {

    private final ReentrantLock lock = new ReentrantLock();
    /** The running transaction; only the thread holding {@link #lock} reads or writes it. */
    private Transaction current;

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        lock.lock();
        try {
            if (current != null) {
                return work.get();
            }
            Transaction transaction = new Transaction();
            current = transaction;
            T result;
            try {
                result = work.get();
            } catch (Throwable failure) {
                current = null;
                transaction.rollBack();
                throw failure;
            }
            current = null;
            transaction.commit();
            return result;
        } finally {
            lock.unlock();
        }
    }

    /** True when the calling thread is inside {@link #inTransaction}. */
    public boolean inTransaction() {
        return lock.isHeldByCurrentThread() && current != null;
    }

    /** Runs {@code action} once the calling thread's transaction commits, or right away outside one. */
    void afterCommit(Runnable action) {
        lock.lock();
        try {
            if (current == null) {
                action.run();
            } else {
                current.afterCommit.add(action);
            }
        } finally {
            lock.unlock();
        }
    }

    /** Reads under the lock: never sees another thread's transaction half done. */
    <T> T read(Supplier<T> query) {
        lock.lock();
        try {
            return query.get();
        } finally {
            lock.unlock();
        }
    }

    /** Writes under the lock; inside a transaction, first lets {@code store} remember how to undo it. */
    <T> T write(Snapshottable store, Supplier<T> change) {
        lock.lock();
        try {
            if (current != null) {
                current.undo.computeIfAbsent(store, Snapshottable::snapshot);
            }
            return change.get();
        } finally {
            lock.unlock();
        }
    }

    /** A store whose whole state can be captured and put back. */
    interface Snapshottable {

        /** Captures the current state; running the result puts it back. */
        Runnable snapshot();
    }

    private static final class Transaction {

        private final Map<Snapshottable, Runnable> undo = new IdentityHashMap<>();
        private final List<Runnable> afterCommit = new ArrayList<>();

        void rollBack() {
            undo.values().forEach(Runnable::run);
        }

        void commit() {
            afterCommit.forEach(Runnable::run);
        }
    }
}
