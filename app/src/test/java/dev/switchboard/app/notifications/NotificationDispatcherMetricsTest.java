package dev.switchboard.app.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.switchboard.adapter.persistence.JdbcPersistence;
import dev.switchboard.adapter.persistence.outbox.JdbcNotificationOutbox;
import dev.switchboard.app.lifecycle.CallbackReceiver;
import dev.switchboard.application.port.out.CallbackDeliveryLog;
import dev.switchboard.application.port.out.TransactionRunner;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Each delivery attempt is counted by outcome, and whatever is logged about a notification names it by the id the
 * receiver saw in {@code client-request-id}. The clock is moved by hand, so backoff and giving up need no waiting.
 */
class NotificationDispatcherMetricsTest {

    private static final Instant START = Instant.parse("2026-01-01T10:00:00Z");
    private static final NotificationProperties PROPERTIES = new NotificationProperties(true, Duration.ofMillis(200),
            Duration.ofSeconds(2), Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMinutes(5), 10, 20);

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
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
        logged.start();
        ((Logger) LoggerFactory.getLogger(NotificationDispatcher.class)).addAppender(logged);
    }

    @AfterEach
    void cleanUp() {
        ((Logger) LoggerFactory.getLogger(NotificationDispatcher.class)).detachAppender(logged);
        receiver.close();
    }

    @Test
    void a_failure_is_counted_as_retried_and_the_next_success_as_delivered() {
        outbox.append("t", "n-1", "call-1", receiver.url(), "{}", START);

        dispatcherAt(START).deliverDue();
        dispatcherAt(START.plus(Duration.ofMinutes(1))).deliverDue();

        assertThat(count("retried")).isEqualTo(1);
        assertThat(count("delivered")).isEqualTo(1);
        assertThat(count("given-up")).isZero();
        assertThat(receiver.received()).extracting(CallbackReceiver.Received::notificationId)
                .containsExactly("n-1", "n-1");
    }

    @Test
    void a_receiver_that_never_answers_is_given_up_and_the_log_line_names_the_notification() {
        outbox.append("t", "n-dead", "call-2", "http://127.0.0.1:9/nobody-listens", "{}", START);

        dispatcherAt(START).deliverDue();
        dispatcherAt(START.plus(PROPERTIES.giveUpAfter())).deliverDue();
        int claimedAfterwards = dispatcherAt(START.plus(Duration.ofHours(1))).deliverDue();

        assertThat(count("retried")).isEqualTo(1);
        assertThat(count("given-up")).isEqualTo(1);
        assertThat(count("delivered")).isZero();
        assertThat(claimedAfterwards).as("nothing is left to try").isZero();
        assertThat(logged.list).filteredOn(event -> event.getMessage().startsWith("Giving up"))
                .singleElement()
                .satisfies(event -> assertThat(event.getMDCPropertyMap())
                        .containsEntry(NotificationDispatcher.CORRELATION_ID, "n-dead"));
    }

    private NotificationDispatcher dispatcherAt(Instant now) {
        return new NotificationDispatcher(outbox, PROPERTIES, Clock.fixed(now, ZoneOffset.UTC), CallbackTokens.none(),
                history, transactions, meters);
    }

    private double count(String outcome) {
        return meters.get(NotificationDispatcher.METER).tag("outcome", outcome).counter().count();
    }
}
