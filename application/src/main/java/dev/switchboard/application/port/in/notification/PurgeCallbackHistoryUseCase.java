package dev.switchboard.application.port.in.notification;

import java.time.Duration;

/** Forgets callback delivery attempts older than a retention, so that the history stays bounded. A scheduler drives it. */
public interface PurgeCallbackHistoryUseCase {

    /**
     * Deletes up to {@code limit} attempts, of every tenant, made longer than {@code retention} ago.
     *
     * @return how many were deleted; fewer than {@code limit} means none are left for now
     */
    int purgeOlderThan(Duration retention, int limit);
}
