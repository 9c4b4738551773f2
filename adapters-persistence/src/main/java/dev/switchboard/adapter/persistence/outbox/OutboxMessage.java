package dev.switchboard.adapter.persistence.outbox;

import java.time.Instant;
import java.util.Objects;

/**
 * One notification waiting in the outbox: what to POST where, and how often it has been tried.
 *
 * @param id       the notification's stable id: the same on every attempt, so a receiver can drop duplicates
 * @param sequence orders the rows of one call
 * @param audience whom the notification is addressed to (the application that placed the call), named in the token
 *                 it carries; {@code null} for change notifications, which carry their {@code clientState} instead
 */
public record OutboxMessage(String tenantId, String id, long sequence, String callId, String callbackUri,
                            String audience, String body, int attempts, Instant createdAt, Instant nextAttemptAt) {

    public OutboxMessage {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(callId, "callId");
        Objects.requireNonNull(callbackUri, "callbackUri");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
    }

    /** Whether this is a callback to a call's {@code callbackUri}, addressed to the call's application. */
    public boolean isCallback() {
        return audience != null;
    }
}
