package dev.switchboard.app.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.adapter.persistence.JdbcPersistence;
import dev.switchboard.adapter.persistence.outbox.JdbcNotificationOutbox;
import dev.switchboard.app.lifecycle.CallbackReceiver;
import dev.switchboard.application.port.out.CallbackDeliveryLog;
import dev.switchboard.domain.common.CallId;
import dev.switchboard.domain.common.TenantId;
import dev.switchboard.domain.notification.CallbackAttempt;
import dev.switchboard.domain.notification.CallbackOutcome;
import dev.switchboard.application.port.out.TransactionRunner;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each attempt at a callback goes into the delivery history (the console's source): when it was made, what the
 * receiver answered, and whether it was delivered, will be retried or was given up. Change notifications to
 * subscriptions belong to no call and are not recorded.
 */
class NotificationDispatcherHistoryTest {

    private static final Instant START = Instant.parse("2026-01-01T10:00:00Z");
    private static final NotificationProperties PROPERTIES = new NotificationProperties(true, Duration.ofMillis(200),
            Duration.ofSeconds(2), Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMinutes(5), 10, 20);
    private static final TenantId TENANT = TenantId.of("tenant-1");
    private static final String BODY = """
            {"value": [{"changeType": "deleted", "resourceUrl": "/communications/calls/call-1/operations/op-1"}]}""";

    private JdbcNotificationOutbox outbox;
    private TransactionRunner transactions;
    private CallbackDeliveryLog history;
    private CallbackReceiver receiver;

    @BeforeEach
    void anEmptyOutbox() throws IOException {
        JdbcPersistence persistence = InMemoryPersistence.fresh();
        outbox = persistence.notificationOutbox();
        transactions = persistence.transactions();
        history = persistence.callbackDeliveries();
        receiver = new CallbackReceiver(1);
    }

    @AfterEach
    void stopTheReceiver() {
        receiver.close();
    }

    @Test
    void a_refused_attempt_and_the_delivery_after_it_are_recorded_with_the_receivers_answers() {
        outbox.append(TENANT.value(), "n-1", "call-1", receiver.url(), "bot-app", BODY, START);

        dispatcherAt(START).deliverDue();
        dispatcherAt(START.plus(Duration.ofMinutes(1))).deliverDue();

        assertThat(history.findLatest(TENANT, CallId.of("call-1"), 10)).containsExactly(
                attempt(2, START.plus(Duration.ofMinutes(1)), 202, CallbackOutcome.DELIVERED),
                attempt(1, START, 500, CallbackOutcome.RETRYING));
    }

    @Test
    void a_receiver_that_never_answers_leaves_attempts_without_a_status_and_the_last_one_given_up() {
        outbox.append(TENANT.value(), "n-1", "call-1", "http://127.0.0.1:9/nobody-listens", "bot-app", BODY, START);

        dispatcherAt(START).deliverDue();
        dispatcherAt(START.plus(PROPERTIES.giveUpAfter())).deliverDue();

        assertThat(history.findLatest(TENANT, CallId.of("call-1"), 10)).containsExactly(
                attempt(2, START.plus(PROPERTIES.giveUpAfter()), null, CallbackOutcome.GIVEN_UP),
                attempt(1, START, null, CallbackOutcome.RETRYING));
    }

    @Test
    void change_notifications_to_subscriptions_are_delivered_but_not_recorded() {
        outbox.append(TENANT.value(), "n-1", "subscription:sub-1", receiver.url(), "{}", START);

        dispatcherAt(START).deliverDue();

        assertThat(receiver.received()).hasSize(1);
        assertThat(history.purgeAttemptedBefore(START.plus(Duration.ofDays(1)), 100)).isZero();
    }

    private static CallbackAttempt attempt(int number, Instant at, Integer status, CallbackOutcome outcome) {
        return new CallbackAttempt(TENANT, CallId.of("call-1"), "n-1", number, at, "deleted",
                "/communications/calls/call-1/operations/op-1", Optional.ofNullable(status), outcome);
    }

    private NotificationDispatcher dispatcherAt(Instant now) {
        return new NotificationDispatcher(outbox, PROPERTIES, Clock.fixed(now, ZoneOffset.UTC), CallbackTokens.none(),
                history, transactions, new SimpleMeterRegistry());
    }
}
