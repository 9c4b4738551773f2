package dev.switchboard.adapter.graphql;

import dev.switchboard.application.port.in.event.CallEventSubscriptions;
import dev.switchboard.domain.event.CallEvent;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/** The core's event subscriptions, counted, so a test can see a subscription start and end in the core. */
public final class ActiveSubscriptions implements CallEventSubscriptions {

    private final CallEventSubscriptions core;
    private final AtomicInteger active = new AtomicInteger();

    public ActiveSubscriptions(CallEventSubscriptions core) {
        this.core = core;
    }

    @Override
    public Subscription subscribe(SubscribeToCallEventsQuery query, Consumer<CallEvent> listener) {
        Subscription subscription = core.subscribe(query, listener);
        active.incrementAndGet();
        AtomicInteger cancelled = new AtomicInteger();
        return () -> {
            subscription.cancel();
            if (cancelled.getAndIncrement() == 0) {
                active.decrementAndGet();
            }
        };
    }

    public int count() {
        return active.get();
    }

    /** Waits until {@code expected} subscriptions are active, as a subscribe or cancel reaches the core a bit later. */
    public void awaitCount(int expected) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (active.get() != expected) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("expected " + expected + " active subscriptions, but there are " + active.get());
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
