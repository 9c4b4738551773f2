package dev.switchboard.application.testing.inmemory;

import dev.switchboard.application.port.out.SubscriptionRepository;
import dev.switchboard.domain.common.TenantId;
import dev.switchboard.domain.subscription.Subscription;
import dev.switchboard.domain.subscription.SubscriptionId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** {@link SubscriptionRepository} in memory, for tests. */
public final class InMemorySubscriptionRepository implements SubscriptionRepository {

    private final Table<Subscription> subscriptions;

    /** A repository with transactions of its own. */
    public InMemorySubscriptionRepository() {
        this(new InMemoryTransactionRunner());
    }

    /** A repository that commits and rolls back with the other stores of {@code transactions}. */
    public InMemorySubscriptionRepository(InMemoryTransactionRunner transactions) {
        this.subscriptions = new Table<>(transactions, "subscription", Subscription::version);
    }

    @Override
    public Subscription insert(Subscription subscription) {
        return subscriptions.insert(keyOf(subscription), subscription);
    }

    @Override
    public Subscription update(Subscription revised, long readVersion) {
        return subscriptions.replace(keyOf(revised), readVersion, revised);
    }

    @Override
    public Optional<Subscription> find(TenantId tenantId, SubscriptionId id) {
        return subscriptions.find(Key.of(tenantId.value(), id.value()));
    }

    @Override
    public boolean delete(TenantId tenantId, SubscriptionId id) {
        return subscriptions.remove(Key.of(tenantId.value(), id.value())).isPresent();
    }

    @Override
    public List<Subscription> findUnexpired(TenantId tenantId, String resource, Instant now) {
        return subscriptions.page(Key.of(tenantId.value(), Key.BEFORE_ANY_ID),
                subscription -> subscription.resource().equals(resource) && !subscription.hasExpiredAt(now),
                Integer.MAX_VALUE);
    }

    @Override
    public List<Subscription> findPage(TenantId tenantId, Optional<SubscriptionId> after, Instant now, int limit) {
        return subscriptions.page(Key.of(tenantId.value(), after.map(SubscriptionId::value).orElse(Key.BEFORE_ANY_ID)),
                subscription -> !subscription.hasExpiredAt(now), limit);
    }

    @Override
    public int purgeExpired(Instant now, int limit) {
        List<Subscription> expired = subscriptions.all(subscription -> subscription.hasExpiredAt(now)).stream()
                .limit(limit)
                .toList();
        expired.forEach(subscription -> subscriptions.remove(keyOf(subscription)));
        return expired.size();
    }

    private static Key keyOf(Subscription subscription) {
        return Key.of(subscription.tenantId().value(), subscription.id().value());
    }
}
