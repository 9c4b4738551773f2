package dev.switchboard.application.testing.inmemory;

import dev.switchboard.application.port.out.LifecycleTimers;
import dev.switchboard.application.port.out.TransactionRunner;
import dev.switchboard.application.testing.contract.LifecycleTimersContractTest;

class InMemoryLifecycleTimersTest extends LifecycleTimersContractTest {

    private final InMemoryTransactionRunner transactions = new InMemoryTransactionRunner();
    private final InMemoryLifecycleTimers timers = new InMemoryLifecycleTimers(transactions);

    @Override
    protected LifecycleTimers timers() {
        return timers;
    }

    @Override
    protected TransactionRunner transactions() {
        return transactions;
    }
}
