package dev.switchboard.application.port.in.subscription;

/**
 * Deletes subscriptions whose expiry has passed. Clients already get 404 for them and no notification reaches them;
 * the purge frees their rows. A scheduler drives it.
 */
public interface PurgeExpiredSubscriptionsUseCase {

    /**
     * Deletes up to {@code limit} expired subscriptions, of every tenant.
     *
     * @return how many were deleted; fewer than {@code limit} means none are left for now
     */
    int purgeExpired(int limit);
}
