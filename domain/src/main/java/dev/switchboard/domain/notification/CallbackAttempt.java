package dev.switchboard.domain.notification;

import dev.switchboard.domain.common.CallId;
import dev.switchboard.domain.common.TenantId;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One attempt to POST a callback notification to a call's {@code callbackUri}, as the dispatcher saw it.
 *
 * @param notificationId the notification's stable id: the same on every attempt (the receiver sees it as
 *                       {@code client-request-id})
 * @param number         which attempt of the notification this is, from 1; the retries are the attempts after the first
 * @param changeType     the notification's {@code changeType} ({@code updated}, {@code deleted}, …)
 * @param resourceUrl    what the notification is about ({@code /communications/calls/{id}/participants}, …)
 * @param statusCode     the receiver's HTTP status; empty when no answer came (refused, timed out)
 */
public record CallbackAttempt(
        TenantId tenantId,
        CallId callId,
        String notificationId,
        int number,
        Instant attemptedAt,
        String changeType,
        String resourceUrl,
        Optional<Integer> statusCode,
        CallbackOutcome outcome) {

    public CallbackAttempt {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(callId, "callId");
        Objects.requireNonNull(notificationId, "notificationId");
        Objects.requireNonNull(attemptedAt, "attemptedAt");
        Objects.requireNonNull(changeType, "changeType");
        Objects.requireNonNull(resourceUrl, "resourceUrl");
        Objects.requireNonNull(statusCode, "statusCode");
        Objects.requireNonNull(outcome, "outcome");
        if (number < 1) {
            throw new IllegalArgumentException("attempts are numbered from 1, was " + number);
        }
        if (outcome == CallbackOutcome.DELIVERED && statusCode.filter(code -> code >= 200 && code < 300).isEmpty()) {
            throw new IllegalArgumentException("a delivered attempt was answered with a 2xx, not " + statusCode);
        }
    }
}
