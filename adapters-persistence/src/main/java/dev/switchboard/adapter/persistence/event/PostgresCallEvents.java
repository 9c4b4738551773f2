package dev.switchboard.adapter.persistence.event;

import dev.switchboard.adapter.persistence.JdbcPersistence;
import dev.switchboard.adapter.persistence.support.Database;
import dev.switchboard.application.port.out.CallEventPublisher;
import dev.switchboard.application.port.out.CallEventSource;
import dev.switchboard.domain.event.CallEvent;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.PlatformTransactionManager;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Live events shared by every instance on one PostgreSQL database, through {@code LISTEN}/{@code NOTIFY}.
 *
 * <p>{@link #publish} sends the event with {@code pg_notify} on the caller's connection, so inside the use case's
 * transaction: PostgreSQL delivers a notification only when its transaction commits, and never when it rolls back,
 * which is the publisher's promise with nothing else to do. The event travels whole, as JSON in the shape of its rows
 * ({@link CallEventJson}), cut into several notifications when it is too big for one ({@link NotifyPayloads}).
 *
 * <p>Each instance keeps one connection of the pool to itself, on a thread of its own, that {@code LISTEN}s on the
 * channel and hands every committed event, its own instance's included, to its listeners in commit order. When that
 * connection is lost (the database restarts, a network cut, an administrator ends it), the thread takes another one
 * and listens again, waiting longer between attempts up to {@link Settings#maxRetry}. Events committed while nobody
 * listened are not delivered to live listeners: live events are at most once across such a gap (callback
 * notifications are not affected; they go through the outbox).
 *
 * <p>The channel is named after the connection's schema, so that deployments (or test runs) in different schemas of
 * one database do not hear each other.
 */
public final class PostgresCallEvents implements CallEventPublisher, CallEventSource, AutoCloseable {

    /** How long the listener waits for a notification before it looks whether it should stop. */
    private static final int POLL_MILLIS = 500;
    private static final Logger log = LoggerFactory.getLogger(PostgresCallEvents.class);

    private final Database db;
    private final DataSource listenerConnections;
    private final Settings settings;
    private final String channel;
    private final List<Consumer<CallEvent>> listeners = new CopyOnWriteArrayList<>();
    private final NotifyPayloads.Assembly assembly = new NotifyPayloads.Assembly();
    private final Thread listener;
    private volatile boolean running = true;
    private volatile int listenerProcessId;

    /**
     * How the listener comes back after losing its connection.
     *
     * @param firstRetry how long it waits before the first new attempt; each failed attempt doubles the wait
     * @param maxRetry   the longest wait between attempts
     * @param heartbeat  after this long without a notification, the listener checks that its connection still
     *                   answers (a connection cut without a word from the server would otherwise go unnoticed)
     */
    public record Settings(Duration firstRetry, Duration maxRetry, Duration heartbeat) {

        public Settings {
            if (firstRetry.isNegative() || firstRetry.isZero() || maxRetry.compareTo(firstRetry) < 0
                    || heartbeat.isNegative() || heartbeat.isZero()) {
                throw new IllegalArgumentException("retries and heartbeat must be positive, maxRetry >= firstRetry");
            }
        }

        public static Settings defaults() {
            return new Settings(Duration.ofMillis(100), Duration.ofSeconds(5), Duration.ofSeconds(10));
        }
    }

    private PostgresCallEvents(DataSource dataSource, PlatformTransactionManager transactionManager,
                               DataSource listenerConnections, Settings settings) {
        this.db = new Database(dataSource, transactionManager, JdbcPersistence.DEFAULT_STATEMENT_TIMEOUT);
        this.listenerConnections = listenerConnections;
        this.settings = Objects.requireNonNull(settings, "settings");
        this.channel = channelFor(db.run(() -> db.sql().sql("select current_schema()").query(String.class).single()));
        this.listener = new Thread(this::listen, "switchboard-live-events");
        this.listener.setDaemon(true);
    }

    /**
     * Starts listening (in the background; {@link #isListening} tells when it does) and returns the publisher and
     * source of live events over {@code dataSource}.
     *
     * @param transactionManager manages the transactions of the use cases on {@code dataSource}, which the published
     *                           notifications join
     */
    public static PostgresCallEvents start(DataSource dataSource, PlatformTransactionManager transactionManager,
                                           Settings settings) {
        return start(dataSource, transactionManager, dataSource, settings);
    }

    /** As {@link #start(DataSource, PlatformTransactionManager, Settings)}, the listener's connection from elsewhere. */
    static PostgresCallEvents start(DataSource dataSource, PlatformTransactionManager transactionManager,
                                    DataSource listenerConnections, Settings settings) {
        PostgresCallEvents events = new PostgresCallEvents(dataSource, transactionManager, listenerConnections,
                settings);
        events.listener.start();
        return events;
    }

    /** Whether {@code dataSource} is a PostgreSQL database reached through its JDBC driver, which this needs. */
    public static boolean canRunOn(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())
                    && connection.isWrapperFor(PGConnection.class);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot tell which database this is", e);
        }
    }

    @Override
    public void publish(CallEvent event) {
        Objects.requireNonNull(event, "event");
        List<String> payloads = NotifyPayloads.split(UUID.randomUUID().toString(), CallEventJson.write(event));
        // one transaction for all parts: the caller's when it runs one, else one of their own
        db.atomically(() -> {
            for (String payload : payloads) {
                db.sql().sql("select pg_notify(:channel, :payload)")
                        .param("channel", channel)
                        .param("payload", payload)
                        .query()
                        .listOfRows();
            }
            return null;
        });
    }

    @Override
    public Registration listen(Consumer<CallEvent> listener) {
        Objects.requireNonNull(listener, "listener");
        Consumer<CallEvent> registered = listener::accept;
        listeners.add(registered);
        return () -> listeners.remove(registered);
    }

    /** Whether the listener is connected and listening right now. */
    public boolean isListening() {
        return listenerProcessId != 0;
    }

    /** The channel this instance sends and listens on. */
    public String channel() {
        return channel;
    }

    /** The server process of the listener's connection, while it listens (to end it, in a test). */
    OptionalInt listenerProcessId() {
        int pid = listenerProcessId;
        return pid == 0 ? OptionalInt.empty() : OptionalInt.of(pid);
    }

    /** Stops listening and gives the connection back. Events published afterwards are still sent to others. */
    @Override
    public void close() {
        running = false;
        listener.interrupt();
        try {
            listener.join(Duration.ofSeconds(5).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---- the listener's thread

    private void listen() {
        Duration wait = settings.firstRetry();
        long lostAt = 0;
        while (running) {
            try (Connection connection = listenerConnections.getConnection()) {
                connection.setAutoCommit(true);
                PGConnection notifications = connection.unwrap(PGConnection.class);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("listen " + quoted(channel));
                }
                listenerProcessId = notifications.getBackendPID();
                if (lostAt != 0) {
                    log.info("Live events: listening again on {} after {} ms", channel,
                            (System.nanoTime() - lostAt) / 1_000_000);
                }
                lostAt = 0;
                wait = settings.firstRetry();
                receive(connection, notifications);
            } catch (SQLException | RuntimeException failure) {
                if (!running) {
                    break;
                }
                if (lostAt == 0) {
                    lostAt = System.nanoTime();
                    log.warn("Live events: not listening on {} (no connection, or it was lost); events committed "
                            + "until it listens again reach no live subscriber of this instance. Trying again.",
                            channel, failure);
                } else {
                    log.debug("Live events: still no connection ({}); next try in {}", failure.getMessage(), wait);
                }
            } finally {
                listenerProcessId = 0;
                // parts of an event that were sent while nobody listened never come
                assembly.clear();
            }
            if (running && !pause(wait)) {
                break;
            }
            wait = min(wait.multipliedBy(2), settings.maxRetry());
        }
    }

    /** Hands notifications on until the connection fails (throws) or the listener stops. */
    private void receive(Connection connection, PGConnection notifications) throws SQLException {
        long lastHeard = System.nanoTime();
        while (running) {
            PGNotification[] received = notifications.getNotifications(POLL_MILLIS);
            if (received != null && received.length > 0) {
                lastHeard = System.nanoTime();
                for (PGNotification notification : received) {
                    accept(notification.getParameter());
                }
            } else if (System.nanoTime() - lastHeard > settings.heartbeat().toNanos()) {
                if (!connection.isValid((int) Math.max(1, settings.heartbeat().toSeconds()))) {
                    throw new SQLException("the listener's connection no longer answers");
                }
                lastHeard = System.nanoTime();
            }
        }
    }

    private void accept(String payload) {
        CallEvent event;
        try {
            Optional<String> text = assembly.add(payload);
            if (text.isEmpty()) {
                return;
            }
            event = CallEventJson.read(text.get());
        } catch (RuntimeException notOurs) {
            // someone else's NOTIFY on our channel, or a newer instance's format: nothing to deliver
            log.warn("Live events: skipped a notification on {} that is not an event: {}", channel,
                    notOurs.getMessage());
            return;
        }
        for (Consumer<CallEvent> listener : listeners) {
            try {
                listener.accept(event);
            } catch (RuntimeException failure) {
                log.warn("A listener failed on {}; the others still get it", event.getClass().getSimpleName(), failure);
            }
        }
    }

    /** Waits before the next attempt; false when the listener was stopped meanwhile. */
    private boolean pause(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
            return true;
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /**
     * {@code switchboard_events_<schema>}; PostgreSQL cuts channel names at 63 bytes, so a longer one takes a hash of
     * the schema instead.
     */
    static String channelFor(String schema) {
        String name = "switchboard_events_" + schema;
        if (name.getBytes(StandardCharsets.UTF_8).length <= 63) {
            return name;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(schema.getBytes(StandardCharsets.UTF_8));
            return "switchboard_events_" + HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static String quoted(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
