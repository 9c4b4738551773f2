package dev.switchboard.application.port.in.callrecord;

/**
 * Deletes call records past their retention (30 days by default, counted from when they were stored). Clients
 * already get 404 for them; the purge frees the space. A scheduler drives it.
 */
public interface PurgeExpiredCallRecordsUseCase {

    /**
     * Deletes up to {@code limit} expired records, of every tenant.
     *
     * @return how many were deleted; fewer than {@code limit} means none are left for now
     */
    int purgeExpired(int limit);
}
