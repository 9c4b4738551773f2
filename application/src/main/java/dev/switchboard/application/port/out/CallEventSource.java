package dev.switchboard.application.port.out;

import dev.switchboard.domain.event.CallEvent;

import java.util.function.Consumer;

/**
 * Where committed events come from, for live subscribers: the other side of {@link CallEventPublisher}. An
 * implementation hands each event to every listener once the transaction that published it has committed, for all
 * tenants; the core filters by tenant before anything reaches a client. Whose events it hears is the implementation's
 * business: those published in its own process, or those of every instance that shares its database. Delivery is
 * live: an event committed while the source could not listen (its connection lost) may be missed.
 */
public interface CallEventSource {

    /** Starts handing committed events to {@code listener}, until the registration is cancelled. */
    Registration listen(Consumer<CallEvent> listener);

    /** A listener's place; cancelling it stops delivery. Cancelling twice is harmless. */
    interface Registration {
        void cancel();
    }
}
