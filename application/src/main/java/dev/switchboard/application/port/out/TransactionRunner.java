package dev.switchboard.application.port.out;

import java.util.function.Supplier;

/**
 * Runs a use case's work as one transaction: everything it writes (a participant and an operation, a call and its
 * record, the events it publishes) is committed together, or, if {@code work} throws, none of it is.
 */
public interface TransactionRunner {

    <T> T inTransaction(Supplier<T> work);
}
