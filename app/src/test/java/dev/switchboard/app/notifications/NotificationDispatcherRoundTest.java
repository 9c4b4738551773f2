package dev.switchboard.app.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.adapter.persistence.JdbcPersistence;
import dev.switchboard.adapter.persistence.outbox.JdbcNotificationOutbox;

import com.sun.net.httpserver.HttpServer;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A round's callbacks are in flight together: each is the head of its own call's queue, so nothing orders them, and
 * one slow receiver no longer makes every other call's bot wait behind it.
 */
class NotificationDispatcherRoundTest {

    private static final Instant NOW = Instant.parse("2026-01-01T10:00:00Z");
    private static final int CALLS = 3;
    private static final NotificationProperties PROPERTIES = new NotificationProperties(true, Duration.ofMillis(200),
            Duration.ofSeconds(5), Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMinutes(5), 10, 20);

    private JdbcPersistence persistence;
    private JdbcNotificationOutbox outbox;
    private HttpServer receiver;
    private ExecutorService receiverThreads;
    /** The receiver answers no callback until all of them have arrived: one at a time, the first would time out. */
    private final CountDownLatch allArrived = new CountDownLatch(CALLS);
    private final AtomicInteger answered = new AtomicInteger();

    @BeforeEach
    void aReceiverThatAnswersOnlyOnceEveryCallbackIsInFlight() throws IOException {
        persistence = InMemoryPersistence.fresh();
        outbox = persistence.notificationOutbox();
        receiverThreads = Executors.newCachedThreadPool();
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.setExecutor(receiverThreads);
        receiver.createContext("/callback", exchange -> {
            try (InputStream body = exchange.getRequestBody()) {
                body.readAllBytes();
            }
            allArrived.countDown();
            try {
                boolean together = allArrived.await(PROPERTIES.timeout().toMillis() * 2, TimeUnit.MILLISECONDS);
                exchange.sendResponseHeaders(together ? 202 : 503, -1);
                if (together) {
                    answered.incrementAndGet();
                }
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
            } finally {
                exchange.close();
            }
        });
        receiver.start();
        String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/callback";
        for (int call = 1; call <= CALLS; call++) {
            outbox.append("tenant-1", "n-" + call, "call-" + call, url, "bot-app", "{}", NOW);
        }
    }

    @AfterEach
    void stopTheReceiver() {
        receiver.stop(0);
        receiverThreads.shutdownNow();
    }

    @Test
    void every_callback_of_a_round_is_sent_before_any_answer_is_awaited() {
        NotificationDispatcher dispatcher = new NotificationDispatcher(outbox, PROPERTIES, Clock.fixed(NOW, ZoneOffset.UTC),
                CallbackTokens.none(), persistence.callbackDeliveries(), persistence.transactions(),
                new SimpleMeterRegistry());

        assertThat(dispatcher.deliverDue()).isEqualTo(CALLS);

        assertThat(answered).hasValue(CALLS);
        assertThat(outbox.claimDue(NOW.plusSeconds(3600), Duration.ofMinutes(5), 10)).as("delivered and removed").isEmpty();
    }
}
