package dev.switchboard.app.notifications;

import dev.switchboard.adapter.persistence.outbox.JdbcNotificationOutbox;
import dev.switchboard.adapter.persistence.outbox.OutboxMessage;
import dev.switchboard.adapter.persistence.outbox.OutboxRun;
import dev.switchboard.application.port.out.CallbackDeliveryLog;
import dev.switchboard.application.port.out.TransactionRunner;
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
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Delivers the outbox, one round at a time (a {@code PeriodicJob} drives it off the event loop): it claims the queues
 * of up to {@code batchSize} calls (each from its earliest message, so a call's notifications arrive in order), POSTs
 * the calls' messages at once, and within one call up to {@code perCall} of them one after another, each to its
 * {@code callbackUri} with a timeout; then it settles the round in one transaction: a 2xx removes its message. A
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
    private final TransactionRunner transactions;
    private final Counter delivered;
    private final Counter retried;
    private final Counter givenUp;

    public NotificationDispatcher(JdbcNotificationOutbox outbox, NotificationProperties properties, Clock clock,
                                  CallbackTokens tokens, CallbackDeliveryLog history, TransactionRunner transactions,
                                  MeterRegistry meters) {
        this.outbox = outbox;
        this.history = history;
        this.transactions = transactions;
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
     * One round, as {@link #deliverDue()}, that gives its messages back unattempted when {@code stopRequested} says so
     * before they are sent: due again at once for whichever instance runs next, rather than held until the lease runs
     * out. Once sent, a round finishes: it starts no callback later than one timeout after it began.
     */
    public int deliverDue(BooleanSupplier stopRequested) {
        // the lease outlasts a round (callbacks started within one timeout, each answered within one) with room to
        // spare, so no other instance takes a message in flight
        Duration lease = properties.timeout().multipliedBy(3);
        List<OutboxRun> due = outbox.claimDueRuns(clock.instant(), lease, properties.batchSize(), properties.perCall());
        if (due.isEmpty()) {
            return 0;
        }
        if (stopRequested.getAsBoolean()) {
            due.forEach(run -> outbox.release(run.head()));
            return 0;
        }
        // calls' queues are independent, so they are sent together; within a queue, one message after another
        long stopStartingAt = System.nanoTime() + properties.timeout().toNanos();
        List<CompletableFuture<List<Attempt>>> sent = due.stream()
                .map(run -> sendInOrder(run.messages(), 0, new ArrayList<>(), stopStartingAt))
                .toList();
        List<Attempt> attempts = sent.stream().flatMap(run -> run.join().stream()).toList();
        // one commit for the round's outcomes, not one per message: the commits are what a busy outbox costs
        List<Attempt> settled = transactions.inTransaction(() -> settle(attempts));
        settled.forEach(this::count);
        remember(settled);
        return due.size();
    }

    /**
     * POSTs a call's messages from {@code next} on, each once the one before it was accepted: a message that is not
     * accepted ends the run, so none overtakes it. No message is started after {@code stopStartingAt}.
     */
    private CompletableFuture<List<Attempt>> sendInOrder(List<OutboxMessage> run, int next, List<Attempt> attempts,
                                                         long stopStartingAt) {
        OutboxMessage message = run.get(next);
        Instant attemptedAt = clock.instant();
        return post(message).thenCompose(status -> {
            attempts.add(new Attempt(message, attemptedAt, status));
            boolean goOn = next + 1 < run.size() && accepted(status) && System.nanoTime() - stopStartingAt < 0;
            return goOn ? sendInOrder(run, next + 1, attempts, stopStartingAt)
                    : CompletableFuture.completedFuture(attempts);
        });
    }

    private static boolean accepted(Optional<Integer> status) {
        return status.filter(code -> code >= 200 && code < 300).isPresent();
    }

    /** One message's attempt: what was sent, when, the receiver's status, and (once settled) what came of it. */
    private record Attempt(OutboxMessage message, Instant attemptedAt, Optional<Integer> status,
                           CallbackOutcome outcome) {

        Attempt(OutboxMessage message, Instant attemptedAt, Optional<Integer> status) {
            this(message, attemptedAt, status, null);
        }

        Attempt settledAs(CallbackOutcome settled) {
            return new Attempt(message, attemptedAt, status, settled);
        }
    }

    /**
     * Writes what came of the round's attempts into the outbox (it is counted once the transaction has committed):
     * the delivered and the given-up messages leave it together; the others wait for their next attempt.
     */
    private List<Attempt> settle(List<Attempt> attempts) {
        List<Attempt> settled = attempts.stream().map(this::decide).toList();
        outbox.removeAll(settled.stream().filter(attempt -> attempt.outcome() != CallbackOutcome.RETRYING)
                .map(Attempt::message).toList());
        return settled;
    }

    private Attempt decide(Attempt attempt) {
        OutboxMessage message = attempt.message();
        if (accepted(attempt.status())) {
            return attempt.settledAs(CallbackOutcome.DELIVERED);
        }
        Instant now = clock.instant();
        if (!now.isBefore(message.createdAt().plus(properties.giveUpAfter()))) {
            return attempt.settledAs(CallbackOutcome.GIVEN_UP);
        }
        outbox.retryAt(message, now.plus(backoff(message.attempts())));
        return attempt.settledAs(CallbackOutcome.RETRYING);
    }

    private void count(Attempt attempt) {
        OutboxMessage message = attempt.message();
        try (MDC.MDCCloseable correlation = MDC.putCloseable(CORRELATION_ID, message.id())) {
            switch (attempt.outcome()) {
                case DELIVERED -> delivered.increment();
                case RETRYING -> retried.increment();
                case GIVEN_UP -> {
                    log.warn("Giving up notification {} to {} after {} attempts", message.id(),
                            message.callbackUri(), message.attempts() + 1);
                    givenUp.increment();
                }
            }
        }
    }

    /** The receiver's status code, when it comes; empty when no answer came (refused, timed out, a malformed URI). */
    private CompletableFuture<Optional<Integer>> post(OutboxMessage message) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(message.callbackUri()))
                    .timeout(properties.timeout())
                    .header("Content-Type", "application/json")
                    .header("client-request-id", message.id())
                    .POST(HttpRequest.BodyPublishers.ofString(message.body()));
            tokens.tokenFor(message).ifPresent(token -> request.header("Authorization", "Bearer " + token));
            return http.sendAsync(request.build(), HttpResponse.BodyHandlers.discarding())
                    .handle((response, failure) -> failure == null ? Optional.of(response.statusCode())
                            : unanswered(message, failure));
        } catch (RuntimeException malformed) {
            return CompletableFuture.completedFuture(unanswered(message, malformed));
        }
    }

    /** Refused, timed out, a malformed callbackUri: all mean "try again later". */
    private static Optional<Integer> unanswered(OutboxMessage message, Throwable failure) {
        log.debug("Notification {} to {} failed: {}", message.id(), message.callbackUri(), failure.toString());
        return Optional.empty();
    }

    /**
     * Writes the round's attempts at callbacks into the delivery history, in one transaction (change notifications
     * belong to no call). The history is for people watching; failing to write it must not disturb delivery, which
     * is why it has a transaction of its own, after the outbox's, and a failure is only logged.
     */
    private void remember(List<Attempt> attempts) {
        List<Attempt> callbacks = attempts.stream().filter(attempt -> attempt.message().isCallback()).toList();
        if (callbacks.isEmpty()) {
            return;
        }
        try {
            transactions.inTransaction(() -> {
                callbacks.stream().map(NotificationDispatcher::historyOf).forEach(history::record);
                return null;
            });
        } catch (RuntimeException failure) {
            log.warn("Could not record the attempts of {} callbacks: {}", callbacks.size(), failure.toString());
        }
    }

    private static CallbackAttempt historyOf(Attempt attempt) {
        OutboxMessage message = attempt.message();
        NotificationSummary summary = NotificationSummary.of(message.body());
        return new CallbackAttempt(TenantId.of(message.tenantId()), CallId.of(message.callId()), message.id(),
                message.attempts() + 1, attempt.attemptedAt(), summary.changeType(), summary.resourceUrl(),
                attempt.status(), attempt.outcome());
    }

    /** Exponential backoff with full jitter: a random wait up to initial × 2^attempts, capped. */
    private Duration backoff(int attempts) {
        long ceiling = Math.min(properties.maxBackoff().toMillis(),
                properties.initialBackoff().toMillis() << Math.min(attempts, 20));
        long jittered = ThreadLocalRandom.current().nextLong(ceiling / 2, ceiling + 1);
        return Duration.ofMillis(Math.max(1, jittered));
    }
}
