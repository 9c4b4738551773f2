package dev.switchboard.app.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.adapter.persistence.JdbcPersistence;
import dev.switchboard.adapter.persistence.outbox.JdbcNotificationOutbox;
import dev.switchboard.adapter.persistence.outbox.OutboxMessage;
import dev.switchboard.app.lifecycle.CallbackReceiver;
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

/**
 * An instance that stops before a round's callbacks are sent gives the round back at once: the next instance hands
 * them out straight away instead of waiting for the lease to run out, which would also hold up every later
 * notification of their calls. A round already sent finishes.
 */
class NotificationDispatcherStoppingTest {

    private static final Instant NOW = Instant.parse("2026-01-01T10:00:00Z");
    private static final NotificationProperties PROPERTIES = new NotificationProperties(true, Duration.ofMillis(200),
            Duration.ofSeconds(2), Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMinutes(5), 10, 20);

    private JdbcPersistence persistence;
    private JdbcNotificationOutbox outbox;
    private TransactionRunner transactions;
    private CallbackReceiver receiver;

    @BeforeEach
    void anOutboxWithThreeCallsWaiting() throws IOException {
        persistence = InMemoryPersistence.fresh();
        outbox = persistence.notificationOutbox();
        transactions = persistence.transactions();
        receiver = new CallbackReceiver(0);
        for (String call : new String[] {"call-1", "call-2", "call-3"}) {
            outbox.append("tenant-1", "n-" + call, call, receiver.url(), "bot-app", "{}", NOW);
        }
    }

    @AfterEach
    void stopTheReceiver() {
        receiver.close();
    }

    @Test
    void a_round_asked_to_stop_before_it_sends_releases_everything_it_claimed_unattempted() {
        NotificationDispatcher dispatcher = dispatcher();

        int handled = dispatcher.deliverDue(() -> true);

        assertThat(handled).isZero();
        assertThat(receiver.received()).isEmpty();
        // same instant, well inside the lease the round took: all three are due again for anyone
        assertThat(outbox.claimDue(NOW, Duration.ofMinutes(5), 10))
                .extracting(OutboxMessage::attempts).containsExactly(0, 0, 0);
    }

    @Test
    void a_round_never_asked_to_stop_delivers_everything_it_claimed() {
        NotificationDispatcher dispatcher = dispatcher();

        assertThat(dispatcher.deliverDue(() -> false)).isEqualTo(3);
        assertThat(receiver.received()).hasSize(3);
        assertThat(outbox.claimDue(NOW, Duration.ofMinutes(5), 10)).isEmpty();
    }

    private NotificationDispatcher dispatcher() {
        return new NotificationDispatcher(outbox, PROPERTIES, Clock.fixed(NOW, ZoneOffset.UTC), CallbackTokens.none(),
                persistence.callbackDeliveries(), transactions, new SimpleMeterRegistry());
    }
}
