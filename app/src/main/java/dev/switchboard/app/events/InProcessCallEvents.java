package dev.switchboard.app.events;

import dev.switchboard.application.port.out.CallEventPublisher;
import dev.switchboard.application.port.out.CallEventSource;
import dev.switchboard.domain.event.CallEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The core's events, handed to in-process listeners (live subscriptions) once the transaction that published them
 * has committed: a change that rolled back is never announced. A listener that fails is logged and does not stop
 * the others, nor the request that caused the event, which has already committed.
 */
public final class InProcessCallEvents implements CallEventPublisher, CallEventSource {

    private static final Logger log = LoggerFactory.getLogger(InProcessCallEvents.class);

    private final List<Consumer<CallEvent>> listeners = new CopyOnWriteArrayList<>();

    @Override
    public void publish(CallEvent event) {
        Objects.requireNonNull(event, "event");
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    deliver(event);
                }
            });
        } else {
            deliver(event);
        }
    }

    @Override
    public Registration listen(Consumer<CallEvent> listener) {
        Objects.requireNonNull(listener, "listener");
        Consumer<CallEvent> registered = listener::accept;
        listeners.add(registered);
        return () -> listeners.remove(registered);
    }

    private void deliver(CallEvent event) {
        for (Consumer<CallEvent> listener : listeners) {
            try {
                listener.accept(event);
            } catch (RuntimeException failure) {
                log.warn("A listener failed on {}; the others still get it", event.getClass().getSimpleName(), failure);
            }
        }
    }
}
