package dev.switchboard.application.service.event;

import dev.switchboard.application.port.in.event.CallEventSubscriptions;
import dev.switchboard.application.port.out.CallEventSource;
import dev.switchboard.domain.event.CallEvent;

import java.util.function.Consumer;

/** Tenant isolation for live events is decided here, in the core, not in each adapter. */
class CallEventSubscriptionService implements CallEventSubscriptions {

    private final CallEventSource source;

    CallEventSubscriptionService(CallEventSource source) {
        this.source = source;
    }

    @Override
    public Subscription subscribe(SubscribeToCallEventsQuery query, Consumer<CallEvent> listener) {
        CallEventSource.Registration registration = source.listen(event -> {
            if (matches(query, event)) {
                listener.accept(event);
            }
        });
        return registration::cancel;
    }

    private static boolean matches(SubscribeToCallEventsQuery query, CallEvent event) {
        return event.tenantId().equals(query.tenantId())
                && query.callId().map(wanted -> event.callId().filter(wanted::equals).isPresent()).orElse(true);
    }
}
