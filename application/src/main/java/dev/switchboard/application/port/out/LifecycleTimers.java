package dev.switchboard.application.port.out;

import java.time.Instant;
import java.util.List;

/**
 * The lifecycle engine's stored timers. A service sets a timer in the transaction of the change that calls for it;
 * the engine later finds due timers and claims each one in the transaction that does the work, so a timer's work is
 * done once, even by several instances, and is done again after a crash that rolled it back.
 */
public interface LifecycleTimers {

    /**
     * Stores a timer, in the caller's transaction.
     *
     * @throws dev.switchboard.domain.error.ConflictException when the tenant already has a timer of that kind for that
     *                                                        target
     */
    void schedule(LifecycleTimer timer);

    /** Up to {@code limit} timers due at {@code now} (their {@code dueAt} not after it), of every tenant, earliest first. */
    List<LifecycleTimer> due(Instant now, int limit);

    /**
     * Claims a timer for the running transaction by taking it out of the store: true for the one caller that gets it,
     * false when another already has (or it is gone). If the transaction rolls back, the timer is back.
     */
    boolean claim(LifecycleTimer timer);

    /** Moves a timer that is still stored to {@code timer.dueAt()}; nothing happens when it is gone. */
    void postpone(LifecycleTimer timer);
}
