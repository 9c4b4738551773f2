package dev.switchboard.application.port.out;

import dev.switchboard.domain.common.CallId;
import dev.switchboard.domain.common.TenantId;
import dev.switchboard.domain.notification.CallbackAttempt;
import dev.switchboard.domain.notification.CallbackDelivery;

import java.time.Instant;
import java.util.List;

/**
 * The history of callback deliveries: each attempt to POST a notification to a call's {@code callbackUri}, written by
 * whoever delivers them, read by the console's query. It stays bounded two ways: of each notification only the last
 * {@link CallbackDelivery#KEPT_ATTEMPTS} attempts are kept, and old attempts are purged.
 */
public interface CallbackDeliveryLog {

    /**
     * Keeps an attempt, and forgets the attempts of its notification beyond the last
     * {@link CallbackDelivery#KEPT_ATTEMPTS}. Recording the same attempt (notification and number) again changes nothing.
     */
    void record(CallbackAttempt attempt);

    /** Up to {@code limit} of the call's kept attempts, the latest first (by time, then by number). */
    List<CallbackAttempt> findLatest(TenantId tenantId, CallId callId, int limit);

    /**
     * Deletes up to {@code limit} attempts, of every tenant, made before {@code cutoff}.
     *
     * @return how many were deleted
     */
    int purgeAttemptedBefore(Instant cutoff, int limit);
}
