package dev.switchboard.app.notifications;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Callback delivery, under {@code switchboard.notifications}.
 *
 * @param enabled        whether this instance runs a dispatcher (the outbox is written either way)
 * @param pollInterval   how often the dispatcher looks for due messages
 * @param timeout        how long one POST may take, connecting included
 * @param initialBackoff the wait after a first failure; it doubles with each further one (with jitter)
 * @param maxBackoff     the longest wait between two attempts
 * @param giveUpAfter    how long after its creation a message is still tried
 * @param batchSize      how many calls' queues one round takes
 * @param perCall        how many of one call's waiting messages a round sends, one after another, each once the one
 *                       before it was accepted
 */
@ConfigurationProperties("switchboard.notifications")
public record NotificationProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("200ms") Duration pollInterval,
        @DefaultValue("5s") Duration timeout,
        @DefaultValue("500ms") Duration initialBackoff,
        @DefaultValue("1m") Duration maxBackoff,
        @DefaultValue("1h") Duration giveUpAfter,
        @DefaultValue("50") int batchSize,
        @DefaultValue("20") int perCall) {

    public NotificationProperties {
        if (pollInterval.isNegative() || pollInterval.isZero() || timeout.isNegative() || timeout.isZero()
                || initialBackoff.isNegative() || initialBackoff.isZero() || maxBackoff.compareTo(initialBackoff) < 0
                || giveUpAfter.isNegative() || batchSize < 1 || perCall < 1) {
            throw new IllegalArgumentException("switchboard.notifications: durations must be positive, "
                    + "max-backoff at least initial-backoff, batch-size and per-call at least 1");
        }
    }
}
