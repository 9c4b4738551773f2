package dev.switchboard.domain.notification;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One callback notification of a call and how its delivery went: the attempts kept of it, oldest first. Only the
 * last {@link #KEPT_ATTEMPTS} attempts of a notification are kept, so the earliest ones of a long retry may be
 * missing; each attempt's {@link CallbackAttempt#number() number} still counts them all.
 */
public record CallbackDelivery(String notificationId, List<CallbackAttempt> attempts) {

    /** How many attempts of one notification are kept: the history stays bounded however long a receiver is down. */
    public static final int KEPT_ATTEMPTS = 10;

    public CallbackDelivery {
        Objects.requireNonNull(notificationId, "notificationId");
        attempts = List.copyOf(Objects.requireNonNull(attempts, "attempts"));
        if (attempts.isEmpty()) {
            throw new IllegalArgumentException("a delivery has at least one attempt");
        }
        for (int i = 0; i < attempts.size(); i++) {
            CallbackAttempt attempt = attempts.get(i);
            if (!attempt.notificationId().equals(notificationId)) {
                throw new IllegalArgumentException("attempt of " + attempt.notificationId() + " in the delivery of "
                        + notificationId);
            }
            if (i > 0 && attempt.number() <= attempts.get(i - 1).number()) {
                throw new IllegalArgumentException("attempts come oldest first, numbered upwards");
            }
            if (i < attempts.size() - 1 && attempt.outcome().isFinal()) {
                throw new IllegalArgumentException("no attempt follows a " + attempt.outcome() + " one");
            }
        }
    }

    public CallbackAttempt lastAttempt() {
        return attempts.get(attempts.size() - 1);
    }

    /** Delivered, given up, or still being retried: what the last attempt came to. */
    public CallbackOutcome outcome() {
        return lastAttempt().outcome();
    }

    /** How many times the notification was POSTed, including attempts no longer kept. */
    public int attemptCount() {
        return lastAttempt().number();
    }

    /** The attempts after the first. */
    public int retries() {
        return attemptCount() - 1;
    }

    /** The receiver's latest answer; empty when the last attempt got none. */
    public Optional<Integer> lastStatusCode() {
        return lastAttempt().statusCode();
    }

    public Instant lastAttemptedAt() {
        return lastAttempt().attemptedAt();
    }

    public String changeType() {
        return lastAttempt().changeType();
    }

    public String resourceUrl() {
        return lastAttempt().resourceUrl();
    }
}
