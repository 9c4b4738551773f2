package dev.switchboard.application.port.out;

import dev.switchboard.domain.common.TenantId;
import dev.switchboard.domain.error.ConflictException;
import dev.switchboard.domain.subscription.Subscription;
import dev.switchboard.domain.subscription.SubscriptionId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where change-notification subscriptions are kept. The domain sets versions; the repository only checks them. */
public interface SubscriptionRepository {

    /** Stores a new subscription as it is. @throws ConflictException when the tenant already has one with this id */
    Subscription insert(Subscription subscription);

    /**
     * Replaces a stored subscription with {@code revised}, if the stored one is still at {@code readVersion}.
     *
     * @throws ConflictException when it is gone or has moved on since it was read
     */
    Subscription update(Subscription revised, long readVersion);

    Optional<Subscription> find(TenantId tenantId, SubscriptionId id);

    /** Removes a subscription; says whether there was one. */
    boolean delete(TenantId tenantId, SubscriptionId id);

    /** The tenant's subscriptions to {@code resource} that expire after {@code now}, in id order. */
    List<Subscription> findUnexpired(TenantId tenantId, String resource, Instant now);

    /**
     * Up to {@code limit} of the tenant's subscriptions that expire after {@code now}, in id order, starting strictly
     * after {@code after} when it is given (a keyset page).
     */
    List<Subscription> findPage(TenantId tenantId, Optional<SubscriptionId> after, Instant now, int limit);

    /**
     * Deletes up to {@code limit} subscriptions, of every tenant, that expired at or before {@code now}.
     *
     * @return how many were deleted
     */
    int purgeExpired(Instant now, int limit);
}
