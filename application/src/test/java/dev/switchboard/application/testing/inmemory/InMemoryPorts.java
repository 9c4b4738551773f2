package dev.switchboard.application.testing.inmemory;

import dev.switchboard.application.port.out.OutboundPorts;
import dev.switchboard.application.testing.fixtures.Times;

import java.time.Instant;

/**
 * A complete, consistent set of in-memory outbound ports: every store shares one {@link InMemoryTransactionRunner},
 * so a failed use case rolls back all of them and drops the events it published. Tests hand {@link #ports()} to the
 * core and keep this object to look into the stores and move the clock.
 */
public final class InMemoryPorts {

    private final InMemoryTransactionRunner transactions = new InMemoryTransactionRunner();
    private final InMemoryCallRepository calls = new InMemoryCallRepository(transactions);
    private final InMemoryParticipantRepository participants = new InMemoryParticipantRepository(transactions, calls);
    private final InMemoryRosterSequence rosterSequence = new InMemoryRosterSequence(transactions);
    private final InMemoryOperationRepository operations = new InMemoryOperationRepository(transactions);
    private final InMemoryCallRecordRepository callRecords = new InMemoryCallRecordRepository(transactions);
    private final SequentialIdGenerator ids = new SequentialIdGenerator();
    private final RecordingCallEventPublisher events = new RecordingCallEventPublisher(transactions);
    private final InMemoryLifecycleTimers timers = new InMemoryLifecycleTimers(transactions);
    private final InMemorySubscriptionRepository subscriptions = new InMemorySubscriptionRepository(transactions);
    private final ScriptedSubscriptionValidator subscriptionValidator = new ScriptedSubscriptionValidator();
    private final InMemoryCallbackDeliveryLog callbackDeliveries = new InMemoryCallbackDeliveryLog(transactions);
    private final MutableClock clock;
    private final OutboundPorts ports;

    /** Ports whose clock stands at {@link Times#T0}. */
    public InMemoryPorts() {
        this(Times.T0);
    }

    /** Ports whose clock stands at {@code now}. */
    public InMemoryPorts(Instant now) {
        this.clock = new MutableClock(now);
        this.ports = new OutboundPorts(calls, participants, rosterSequence, operations, callRecords, callRecords, ids,
                transactions, events, events, timers, subscriptions, subscriptionValidator, callbackDeliveries, clock);
    }

    /** Everything at once, as the core is assembled with it. */
    public OutboundPorts ports() {
        return ports;
    }

    public InMemoryCallRepository calls() {
        return calls;
    }

    public InMemoryParticipantRepository participants() {
        return participants;
    }

    public InMemoryRosterSequence rosterSequence() {
        return rosterSequence;
    }

    public InMemoryOperationRepository operations() {
        return operations;
    }

    /** The call record repository, which is also the {@code CallRecordSearch}. */
    public InMemoryCallRecordRepository callRecords() {
        return callRecords;
    }

    public SequentialIdGenerator ids() {
        return ids;
    }

    public InMemoryTransactionRunner transactions() {
        return transactions;
    }

    public RecordingCallEventPublisher events() {
        return events;
    }

    public InMemoryLifecycleTimers timers() {
        return timers;
    }

    public InMemorySubscriptionRepository subscriptions() {
        return subscriptions;
    }

    public ScriptedSubscriptionValidator subscriptionValidator() {
        return subscriptionValidator;
    }

    public InMemoryCallbackDeliveryLog callbackDeliveries() {
        return callbackDeliveries;
    }

    public MutableClock clock() {
        return clock;
    }
}
