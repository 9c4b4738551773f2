package dev.switchboard.app.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.adapter.persistence.JdbcPersistence;
import dev.switchboard.adapter.persistence.outbox.JdbcNotificationOutbox;
import dev.switchboard.adapter.persistence.outbox.OutboxMessage;

import com.sun.net.httpserver.HttpServer;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A round takes a call's waiting notifications together and sends them one after another, in their order: a busy
 * call's queue drains at the receiver's pace, not at one notification per round. A notification that is refused ends
 * its call's part of the round, so nothing behind it arrives before it.
 */
class NotificationDispatcherQueueTest {

    private static final Instant NOW = Instant.parse("2026-01-01T10:00:00Z");
    private static final NotificationProperties PROPERTIES = new NotificationProperties(true, Duration.ofMillis(200),
            Duration.ofSeconds(2), Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMinutes(5), 10, 3);

    private JdbcPersistence persistence;
    private JdbcNotificationOutbox outbox;
    private HttpServer receiver;
    /** The statuses the receiver answers, in turn; 202 once they run out. */
    private final Queue<Integer> answers = new ConcurrentLinkedQueue<>();
    private final List<String> arrived = new CopyOnWriteArrayList<>();

    @BeforeEach
    void aCallWithFourNotificationsWaiting() throws IOException {
        persistence = InMemoryPersistence.fresh();
        outbox = persistence.notificationOutbox();
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/callback", exchange -> {
            try (exchange; InputStream body = exchange.getRequestBody()) {
                arrived.add(new String(body.readAllBytes(), StandardCharsets.UTF_8));
                Integer status = answers.poll();
                exchange.sendResponseHeaders(status == null ? 202 : status, -1);
            }
        });
        receiver.start();
        String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/callback";
        for (int n = 1; n <= 4; n++) {
            outbox.append("tenant-1", "n" + n, "call-1", url, "bot-app", "{\"n\":" + n + "}", NOW);
        }
    }

    @AfterEach
    void stopTheReceiver() {
        receiver.stop(0);
    }

    @Test
    void one_round_sends_up_to_per_call_of_a_calls_notifications_in_order_and_the_next_round_the_rest() {
        NotificationDispatcher dispatcher = dispatcher();

        assertThat(dispatcher.deliverDue()).as("queues taken").isEqualTo(1);
        assertThat(arrived).containsExactly("{\"n\":1}", "{\"n\":2}", "{\"n\":3}");

        dispatcher.deliverDue();
        assertThat(arrived).containsExactly("{\"n\":1}", "{\"n\":2}", "{\"n\":3}", "{\"n\":4}");
        assertThat(outbox.claimDue(NOW.plusSeconds(3600), Duration.ofMinutes(5), 10)).as("all removed").isEmpty();
    }

    @Test
    void a_refused_notification_ends_its_calls_part_of_the_round_and_is_retried_before_anything_behind_it() {
        answers.add(202);
        answers.add(500);

        dispatcher().deliverDue();

        assertThat(arrived).as("the third is not sent after the second was refused")
                .containsExactly("{\"n\":1}", "{\"n\":2}");
        assertThat(outbox.claimDue(NOW, Duration.ofMinutes(5), 10)).as("the second waits out its backoff").isEmpty();
        List<OutboxMessage> next = outbox.claimDue(NOW.plusSeconds(60), Duration.ofMinutes(5), 10);
        assertThat(next).extracting(OutboxMessage::id, OutboxMessage::attempts)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("n2", 1));
    }

    private NotificationDispatcher dispatcher() {
        return new NotificationDispatcher(outbox, PROPERTIES, Clock.fixed(NOW, ZoneOffset.UTC), CallbackTokens.none(),
                persistence.callbackDeliveries(), persistence.transactions(), new SimpleMeterRegistry());
    }
}
