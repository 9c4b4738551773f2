package dev.switchboard.adapter.graphql.notification;

import dev.switchboard.domain.notification.CallbackDelivery;

import java.time.Instant;
import java.util.List;

/** The GraphQL type {@code CallbackDelivery}. */
record CallbackDeliveryView(String notificationId, String changeType, String resourceUrl, DeliveryOutcome outcome,
                            int attemptCount, int retries, Integer lastStatusCode, Instant lastAttemptedAt,
                            List<CallbackAttemptView> attempts) {

    static CallbackDeliveryView of(CallbackDelivery delivery) {
        return new CallbackDeliveryView(delivery.notificationId(), delivery.changeType(), delivery.resourceUrl(),
                DeliveryOutcome.of(delivery.outcome()), delivery.attemptCount(), delivery.retries(),
                delivery.lastStatusCode().orElse(null), delivery.lastAttemptedAt(),
                delivery.attempts().stream().map(attempt -> new CallbackAttemptView(attempt.number(),
                        attempt.attemptedAt(), attempt.statusCode().orElse(null),
                        DeliveryOutcome.of(attempt.outcome()))).toList());
    }
}
