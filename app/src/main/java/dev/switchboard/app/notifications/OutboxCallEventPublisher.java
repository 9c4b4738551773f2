package dev.switchboard.app.notifications;

import dev.switchboard.adapter.persistence.outbox.JdbcNotificationOutbox;
import dev.switchboard.application.port.out.CallEventPublisher;
import dev.switchboard.application.port.out.CallRepository;
import dev.switchboard.application.port.out.IdGenerator;
import dev.switchboard.application.port.out.SubscriptionRepository;
import dev.switchboard.domain.call.Call;
import dev.switchboard.domain.callrecord.CallRecord;
import dev.switchboard.domain.event.CallEvent;
import dev.switchboard.domain.event.CallRecordCreated;
import dev.switchboard.domain.event.CallRecordUpdated;
import dev.switchboard.domain.event.CallStateChanged;
import dev.switchboard.domain.subscription.Subscription;
import dev.switchboard.domain.subscription.SubscriptionChangeType;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The core's {@link CallEventPublisher}: each event goes to the live listeners once the transaction commits (through
 * the live publisher: {@code LISTEN}/{@code NOTIFY} on PostgreSQL, in-process on H2), and, when Graph would notify the
 * call's {@code callbackUri} about it, into the notification outbox in the same transaction, under a new, stable id. A
 * callRecord created or updated also puts one {@code changeNotificationCollection} per matching, unexpired
 * subscription of its tenant into the same outbox, queued per subscription.
 */
public final class OutboxCallEventPublisher implements CallEventPublisher {

    private final CallEventPublisher live;
    private final JdbcNotificationOutbox outbox;
    private final CallRepository calls;
    private final SubscriptionRepository subscriptions;
    private final IdGenerator ids;
    private final Clock clock;

    public OutboxCallEventPublisher(CallEventPublisher live, JdbcNotificationOutbox outbox, CallRepository calls,
                                    SubscriptionRepository subscriptions, IdGenerator ids, Clock clock) {
        this.live = live;
        this.outbox = outbox;
        this.calls = calls;
        this.subscriptions = subscriptions;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public void publish(CallEvent event) {
        CommsNotifications.of(event).ifPresent(notification -> callOf(event).ifPresent(call ->
                outbox.append(event.tenantId().value(), ids.newId(), call.id().value(), call.callbackUri(),
                        call.applicationId(), notification.body(), clock.instant())));
        if (event instanceof CallRecordCreated created) {
            notifySubscribers(SubscriptionChangeType.CREATED, created.callRecord());
        } else if (event instanceof CallRecordUpdated updated) {
            notifySubscribers(SubscriptionChangeType.UPDATED, updated.callRecord());
        }
        live.publish(event);
    }

    /** The outbox queues by its call column; a subscription's notifications queue under the subscription instead. */
    private void notifySubscribers(SubscriptionChangeType changeType, CallRecord record) {
        Instant now = clock.instant();
        for (Subscription subscription : subscriptions.findUnexpired(record.tenantId(), Subscription.CALL_RECORDS,
                now)) {
            if (subscription.wants(changeType, now)) {
                String id = ids.newId();
                outbox.append(record.tenantId().value(), id, "subscription:" + subscription.id().value(),
                        subscription.notificationUrl().toString(),
                        ChangeNotifications.callRecord(id, subscription, changeType, record), now);
            }
        }
    }

    /**
     * The call the notification goes out for (its callback address, the application it is addressed to); a
     * participant or operation event names only the call, so it is looked up.
     */
    private Optional<Call> callOf(CallEvent event) {
        if (event instanceof CallStateChanged changed) {
            return Optional.of(changed.call());
        }
        return event.callId().flatMap(callId -> calls.find(event.tenantId(), callId));
    }
}
