package dev.switchboard.app.notifications;

import dev.switchboard.adapter.persistence.outbox.JdbcNotificationOutbox;
import dev.switchboard.adapter.persistence.outbox.OutboxMessage;
import dev.switchboard.application.port.out.CallbackDeliveryLog;
import dev.switchboard.domain.common.CallId;
import dev.switchboard.domain.common.TenantId;
import dev.switchboard.domain.notification.CallbackAttempt;
import dev.switchboard.domain.notification.CallbackOutcome;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Delivers the outbox, one round at a time (a {@code PeriodicJob} drives it off the event loop): it claims due
 * messages (each the earliest of its call, so a call's notifications arrive in order), POSTs each to its
 * {@code callbackUri} with a timeout, and removes it on a 2xx. A
 * failure or timeout puts it off with exponential backoff and full jitter; after {@code giveUpAfter} from its creation
 * it is dropped (and logged), so one dead receiver cannot hold its call's queue forever. Every attempt carries the
 * message's stable id in {@code client-request-id}, so receivers can drop the duplicates a retry may cause, and a
 * callback carries a signed bearer token for the application it is addressed to ({@link CallbackTokens}).
 *
 * <p>Each attempt is counted in {@code switchboard.notifications}, tagged {@code outcome} {@code delivered},
 * {@code retried} or {@code given-up}; while it runs, the message's id is in the MDC as {@code notification-id}, so
 * every log line about it can be found with the id the receiver saw. Each attempt at a callback also goes into the
 * {@link CallbackDeliveryLog}: when, the receiver's status, and what came of it (the console shows them).
 */
public final class NotificationDispatcher {

    static final String METER = "switchboard.notifications";
    static final String CORRELATION_ID = "notification-id";

    private static final Logger log = LoggerFactory.getLogger(NotificationDispatcher.class);

    private final JdbcNotificationOutbox outbox;
    private final NotificationProperties properties;
    private final Clock clock;
    private final HttpClient http;
    private final CallbackTokens tokens;
    private final CallbackDeliveryLog history;
    private final Counter delivered;
    private final Counter retried;
    private final Counter givenUp;

    public NotificationDispatcher(JdbcNotificationOutbox outbox, NotificationProperties properties, Clock clock,
                                  CallbackTokens tokens, CallbackDeliveryLog history, MeterRegistry meters) {
        this.outbox = outbox;
        this.history = history;
        this.properties = properties;
        this.clock = clock;
        this.tokens = tokens;
        this.http = HttpClient.newBuilder().connectTimeout(properties.timeout()).build();
        this.delivered = outcome(meters, "delivered");
        this.retried = outcome(meters, "retried");
        this.givenUp = outcome(meters, "given-up");
    }

    private static Counter outcome(MeterRegistry meters, String outcome) {
        return Counter.builder(METER).description("Callback and change notifications, by the outcome of an attempt")
                .tag("outcome", outcome).register(meters);
    }

    /**
     * One round: claims up to a batch of due messages and delivers each; says how many it claimed, so that the job
     * driving it comes back at once after a full batch.
     */
    public int deliverDue() {
        return deliverDue(() -> false);
    }

    /**
     * One round, as {@link #deliverDue()}, that ends early once {@code stopRequested} says so: the message in flight
     * finishes, and the rest of the round is released unattempted, due again at once for whichever instance runs
     * next, rather than held until the lease runs out.
     */
    public int deliverDue(BooleanSupplier stopRequested) {
        // the lease outlasts one round of timeouts, so no other instance takes a message while it is in flight
        Duration lease = properties.timeout().multipliedBy(properties.batchSize() + 1L);
        List<OutboxMessage> due = outbox.claimDue(clock.instant(), lease, properties.batchSize());
        for (int next = 0; next < due.size(); next++) {
            if (stopRequested.getAsBoolean()) {
                due.subList(next, due.size()).forEach(outbox::release);
                return next;
            }
            deliver(due.get(next));
        }
        return due.size();
    }

    private void deliver(OutboxMessage message) {
        try (MDC.MDCCloseable correlation = MDC.putCloseable(CORRELATION_ID, message.id())) {
            Instant attemptedAt = clock.instant();
            Optional<Integer> status = post(message);
            if (status.filter(code -> code >= 200 && code < 300).isPresent()) {
                outbox.remove(message);
                delivered.increment();
                remember(message, attemptedAt, status, CallbackOutcome.DELIVERED);
                return;
            }
            Instant now = clock.instant();
            if (!now.isBefore(message.createdAt().plus(properties.giveUpAfter()))) {
                log.warn("Giving up notification {} to {} after {} attempts", message.id(), message.callbackUri(),
                        message.attempts() + 1);
                outbox.remove(message);
                givenUp.increment();
                remember(message, attemptedAt, status, CallbackOutcome.GIVEN_UP);
                return;
            }
            outbox.retryAt(message, now.plus(backoff(message.attempts())));
            retried.increment();
            remember(message, attemptedAt, status, CallbackOutcome.RETRYING);
        }
    }

    /** The receiver's status code; empty when no answer came (refused, timed out, a malformed callbackUri). */
    private Optional<Integer> post(OutboxMessage message) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(message.callbackUri()))
                    .timeout(properties.timeout())
                    .header("Content-Type", "application/json")
                    .header("client-request-id", message.id())
                    .POST(HttpRequest.BodyPublishers.ofString(message.body()));
            tokens.tokenFor(message).ifPresent(token -> request.header("Authorization", "Bearer " + token));
            return Optional.of(http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (Exception unreachable) {
            // refused, timed out, a malformed callbackUri: all mean "try again later"
            log.debug("Notification {} to {} failed: {}", message.id(), message.callbackUri(), unreachable.toString());
            return Optional.empty();
        }
    }

    /**
     * Writes the attempt into the delivery history, for a callback (change notifications belong to no call). The
     * history is for people watching; failing to write it must not disturb delivery, so a failure is only logged.
     */
    private void remember(OutboxMessage message, Instant attemptedAt, Optional<Integer> status,
                          CallbackOutcome outcome) {
        if (!message.isCallback()) {
            return;
        }
        try {
            NotificationSummary summary = NotificationSummary.of(message.body());
            history.record(new CallbackAttempt(TenantId.of(message.tenantId()), CallId.of(message.callId()),
                    message.id(), message.attempts() + 1, attemptedAt, summary.changeType(), summary.resourceUrl(),
                    status, outcome));
        } catch (RuntimeException failure) {
            log.warn("Could not record attempt {} of notification {}: {}", message.attempts() + 1, message.id(),
                    failure.toString());
        }
    }

    /** Exponential backoff with full jitter: a random wait up to initial × 2^attempts, capped. */
    private Duration backoff(int attempts) {
        long ceiling = Math.min(properties.maxBackoff().toMillis(),
                properties.initialBackoff().toMillis() << Math.min(attempts, 20));
        long jittered = ThreadLocalRandom.current().nextLong(ceiling / 2, ceiling + 1);
        return Duration.ofMillis(Math.max(1, jittered));
    }
}
