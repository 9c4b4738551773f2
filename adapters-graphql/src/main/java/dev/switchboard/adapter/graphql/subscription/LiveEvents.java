package dev.switchboard.adapter.graphql.subscription;

import dev.switchboard.adapter.graphql.support.Blocking;
import dev.switchboard.application.port.in.event.CallEventSubscriptions;
import dev.switchboard.application.port.in.event.CallEventSubscriptions.SubscribeToCallEventsQuery;
import dev.switchboard.domain.event.CallEvent;

import reactor.core.publisher.BufferOverflowStrategy;
import reactor.core.publisher.Flux;

/**
 * The core's event subscriptions as a {@link Flux}: subscribing to the Flux subscribes to the port, and cancelling it
 * (the client completes the subscription or closes the WebSocket) cancels the port's subscription.
 */
final class LiveEvents {

    /**
     * Events a subscriber may fall behind by. Events arrive as other requests commit and cannot be held back, so a
     * subscriber that cannot keep up is ended with an error rather than allowed to fill the memory.
     */
    static final int MAX_PENDING_EVENTS = 1_000;

    private LiveEvents() {
    }

    static Flux<CallEvent> of(CallEventSubscriptions subscriptions, SubscribeToCallEventsQuery query) {
        return Flux.<CallEvent>create(sink -> Blocking.call(() -> subscriptions.subscribe(query, sink::next))
                        .subscribe(subscription -> sink.onDispose(() -> Blocking.call(() -> {
                            subscription.cancel();
                            return subscription;
                        }).subscribe()), sink::error))
                .onBackpressureBuffer(MAX_PENDING_EVENTS, event -> { }, BufferOverflowStrategy.ERROR);
    }
}
