package dev.switchboard.adapter.graphql;

import dev.switchboard.application.port.in.event.CallEventSubscriptions;
import dev.switchboard.domain.event.CallEvent;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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
        await("active subscriptions").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(10))
                .untilAsserted(() -> assertThat(active.get()).as("active subscriptions").isEqualTo(expected));
    }
}
