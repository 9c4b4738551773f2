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
 * @param batchSize      how many messages one round claims
 */
@ConfigurationProperties("switchboard.notifications")
public record NotificationProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("200ms") Duration pollInterval,
        @DefaultValue("5s") Duration timeout,
        @DefaultValue("500ms") Duration initialBackoff,
        @DefaultValue("1m") Duration maxBackoff,
        @DefaultValue("1h") Duration giveUpAfter,
        @DefaultValue("50") int batchSize) {

    public NotificationProperties {
        if (pollInterval.isNegative() || pollInterval.isZero() || timeout.isNegative() || timeout.isZero()
                || initialBackoff.isNegative() || initialBackoff.isZero() || maxBackoff.compareTo(initialBackoff) < 0
                || giveUpAfter.isNegative() || batchSize < 1) {
            throw new IllegalArgumentException("switchboard.notifications: durations must be positive, "
                    + "max-backoff at least initial-backoff, batch-size at least 1");
        }
    }
}
