package dev.switchboard.adapter.graphql.notification;

import java.time.Instant;

/** The GraphQL type {@code CallbackAttempt}. */
record CallbackAttemptView(int number, Instant attemptedAt, Integer statusCode, DeliveryOutcome outcome) {
}
