package dev.switchboard.application.port.in.event;

import dev.switchboard.domain.common.CallId;
import dev.switchboard.domain.common.TenantId;
import dev.switchboard.domain.event.CallEvent;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Live events for a client: everything that happens to its tenant's calls and records, once committed, whichever
 * adapter caused it. Another tenant's events never arrive.
 */
public interface CallEventSubscriptions {

    /** Starts delivering the matching events to {@code listener} until the subscription is cancelled. */
    Subscription subscribe(SubscribeToCallEventsQuery query, Consumer<CallEvent> listener);

    /**
     * Which events: the tenant's, and, when {@code callId} is given, only those about that call (call records name no
     * call, so they arrive only on a tenant-wide subscription).
     */
    record SubscribeToCallEventsQuery(TenantId tenantId, Optional<CallId> callId) {
        public SubscribeToCallEventsQuery {
            Objects.requireNonNull(tenantId, "tenantId");
            callId = callId == null ? Optional.empty() : callId;
        }
    }

    /** A running subscription; cancelling it stops delivery. Cancelling twice is harmless. */
    interface Subscription {
        void cancel();
    }
}
