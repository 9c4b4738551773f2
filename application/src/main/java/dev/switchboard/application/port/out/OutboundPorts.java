package dev.switchboard.application.port.out;

import java.time.Clock;
import java.util.Objects;

/** Everything the core needs from the outside, handed over in one piece when the core is assembled. */
public record OutboundPorts(
        CallRepository calls,
        ParticipantRepository participants,
        RosterSequence rosterSequence,
        OperationRepository operations,
        CallRecordRepository callRecords,
        CallRecordSearch callRecordSearch,
        IdGenerator ids,
        TransactionRunner transactions,
        CallEventPublisher events,
        CallEventSource eventSource,
        LifecycleTimers timers,
        SubscriptionRepository subscriptions,
        SubscriptionValidator subscriptionValidator,
        CallbackDeliveryLog callbackDeliveries,
        Clock clock) {

    public OutboundPorts {
        Objects.requireNonNull(calls, "calls");
        Objects.requireNonNull(participants, "participants");
        Objects.requireNonNull(rosterSequence, "rosterSequence");
        Objects.requireNonNull(operations, "operations");
        Objects.requireNonNull(callRecords, "callRecords");
        Objects.requireNonNull(callRecordSearch, "callRecordSearch");
        Objects.requireNonNull(ids, "ids");
        Objects.requireNonNull(transactions, "transactions");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(eventSource, "eventSource");
        Objects.requireNonNull(timers, "timers");
        Objects.requireNonNull(subscriptions, "subscriptions");
        Objects.requireNonNull(subscriptionValidator, "subscriptionValidator");
        Objects.requireNonNull(callbackDeliveries, "callbackDeliveries");
        Objects.requireNonNull(clock, "clock");
    }
}
