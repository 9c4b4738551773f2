package dev.switchboard.application.port.out;

import dev.switchboard.domain.event.CallEvent;

/**
 * Announces what happened, to callback notifications and live subscriptions. Services call it inside their
 * transaction; an implementation must make the event visible to others only once that transaction commits (an
 * outbox), so that nobody hears of a change that rolled back.
 */
public interface CallEventPublisher {

    void publish(CallEvent event);
}
