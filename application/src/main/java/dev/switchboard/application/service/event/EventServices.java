package dev.switchboard.application.service.event;

import dev.switchboard.application.port.in.event.CallEventSubscriptions;
import dev.switchboard.application.port.out.CallEventSource;

/** The live-event use cases, built over the event source. Only the core's assembly creates this. */
public final class EventServices {

    private final CallEventSubscriptions subscriptions;

    public EventServices(CallEventSource source) {
        this.subscriptions = new CallEventSubscriptionService(source);
    }

    public CallEventSubscriptions subscriptions() {
        return subscriptions;
    }
}
