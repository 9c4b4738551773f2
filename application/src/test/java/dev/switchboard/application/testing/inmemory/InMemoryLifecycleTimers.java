package dev.switchboard.application.testing.inmemory;

import dev.switchboard.application.port.out.LifecycleTimer;
import dev.switchboard.application.port.out.LifecycleTimers;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** {@link LifecycleTimers} in memory, for tests. Claiming takes the timer out, and a rollback puts it back. */
public final class InMemoryLifecycleTimers implements LifecycleTimers {

    private final Table<LifecycleTimer> timers;

    /** Timers with transactions of their own. */
    public InMemoryLifecycleTimers() {
        this(new InMemoryTransactionRunner());
    }

    /** Timers that commit and roll back with the other stores of {@code transactions}. */
    public InMemoryLifecycleTimers(InMemoryTransactionRunner transactions) {
        this.timers = new Table<>(transactions, "timer", timer -> 0);
    }

    @Override
    public void schedule(LifecycleTimer timer) {
        timers.insert(keyOf(timer), timer);
    }

    @Override
    public List<LifecycleTimer> due(Instant now, int limit) {
        return timers.all(timer -> !timer.dueAt().isAfter(now)).stream()
                .sorted(Comparator.comparing(LifecycleTimer::dueAt))
                .limit(limit)
                .toList();
    }

    @Override
    public boolean claim(LifecycleTimer timer) {
        return timers.remove(keyOf(timer)).isPresent();
    }

    @Override
    public void postpone(LifecycleTimer timer) {
        timers.compute(keyOf(timer), stored -> stored == null ? null : stored.dueAt(timer.dueAt()));
    }

    /** Every stored timer, for tests to look at. */
    public List<LifecycleTimer> all() {
        return timers.all(timer -> true);
    }

    private static Key keyOf(LifecycleTimer timer) {
        return Key.of(timer.tenantId().value(), timer.kind().name(), timer.targetId());
    }
}
