package dev.switchboard.application.testing.contract;

import dev.switchboard.application.port.out.SubscriptionRepository;
import dev.switchboard.application.testing.fixtures.Tenants;
import dev.switchboard.domain.common.TenantId;
import dev.switchboard.domain.error.ConflictException;
import dev.switchboard.domain.subscription.Subscription;
import dev.switchboard.domain.subscription.SubscriptionChangeType;
import dev.switchboard.domain.subscription.SubscriptionId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every {@link SubscriptionRepository} promises: a subscription is stored whole and exactly at the version the
 * domain gave it; only the tenant's unexpired ones are offered for delivery and listed, page by page; the purge takes
 * the expired ones of every tenant and nothing else. Each test in a tenant of its own.
 */
public abstract class SubscriptionRepositoryContractTest {

    private static final Instant NOW = Instant.parse("2025-03-01T09:00:00Z");

    /** The adapter under test; return the same one for the whole test. */
    protected abstract SubscriptionRepository subscriptions();

    /** Runs before each test, for an adapter whose state outlives a test (a database) to clean up if it wants to. */
    protected void resetState() {
    }

    private TenantId tenant;

    @BeforeEach
    void eachTestHasATenantOfItsOwn() {
        resetState();
        tenant = Tenants.random();
    }

    private Subscription aSubscription(TenantId tenant, String changeType, Duration lifetime, String clientState) {
        return aSubscription(tenant, UUID.randomUUID().toString(), changeType, lifetime, clientState);
    }

    private Subscription aSubscription(TenantId tenant, String id, String changeType, Duration lifetime,
                                       String clientState) {
        return Subscription.create(tenant, SubscriptionId.of(id), Subscription.CALL_RECORDS, changeType,
                "https://bot.example.test/notify?x=1", NOW.plus(lifetime), clientState, "app-1",
                clientState == null ? null : "user-1", NOW);
    }

    /** Subscriptions "sub-01", "sub-02", …, living an hour, stored in id order. */
    private List<Subscription> insertSubscriptions(int count) {
        List<Subscription> stored = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            stored.add(subscriptions().insert(aSubscription(tenant, String.format("sub-%02d", i), "created",
                    Duration.ofHours(1), null)));
        }
        return stored;
    }

    @Test
    void a_stored_subscription_reads_back_as_it_was_written() {
        Subscription written = aSubscription(tenant, "created,updated", Duration.ofHours(1), "secret");

        subscriptions().insert(written);

        assertThat(subscriptions().find(tenant, written.id())).contains(written);
    }

    @Test
    void optional_values_stay_absent() {
        Subscription written = aSubscription(tenant, "created", Duration.ofHours(1), null);

        subscriptions().insert(written);

        assertThat(subscriptions().find(tenant, written.id())).contains(written);
    }

    @Test
    void an_id_is_taken_once_per_tenant() {
        Subscription written = subscriptions().insert(aSubscription(tenant, "created", Duration.ofHours(1), null));

        assertThatThrownBy(() -> subscriptions().insert(written)).isInstanceOf(ConflictException.class);
    }

    @Test
    void another_tenant_does_not_see_the_subscription() {
        Subscription written = subscriptions().insert(aSubscription(tenant, "created", Duration.ofHours(1), null));

        assertThat(subscriptions().find(Tenants.random(), written.id())).isEmpty();
        assertThat(subscriptions().findUnexpired(Tenants.random(), Subscription.CALL_RECORDS, NOW)).isEmpty();
    }

    @Test
    void an_update_at_the_read_version_replaces_and_a_stale_one_conflicts() {
        Subscription written = subscriptions().insert(aSubscription(tenant, "created", Duration.ofHours(1), null));
        Subscription renewed = written.renew(NOW.plus(Duration.ofHours(2)), NOW);

        subscriptions().update(renewed, written.version());

        assertThat(subscriptions().find(tenant, written.id())).contains(renewed);
        assertThatThrownBy(() -> subscriptions().update(written.renew(NOW.plus(Duration.ofHours(3)), NOW),
                written.version())).isInstanceOf(ConflictException.class);
    }

    @Test
    void delete_removes_and_says_whether_there_was_one() {
        Subscription written = subscriptions().insert(aSubscription(tenant, "created", Duration.ofHours(1), null));

        assertThat(subscriptions().delete(tenant, written.id())).isTrue();
        assertThat(subscriptions().find(tenant, written.id())).isEmpty();
        assertThat(subscriptions().delete(tenant, written.id())).isFalse();
    }

    @Test
    void only_unexpired_subscriptions_are_offered_for_delivery() {
        Subscription shortLived = subscriptions().insert(aSubscription(tenant, "created", Duration.ofMinutes(5), null));
        Subscription longLived = subscriptions().insert(aSubscription(tenant, "created", Duration.ofHours(5), null));

        assertThat(subscriptions().findUnexpired(tenant, Subscription.CALL_RECORDS, NOW))
                .containsExactlyInAnyOrder(shortLived, longLived);
        assertThat(subscriptions().findUnexpired(tenant, Subscription.CALL_RECORDS, shortLived.expirationDateTime()))
                .containsExactly(longLived);
    }

    // ---- the list

    @Test
    void pages_visit_every_unexpired_subscription_once_in_id_order() {
        List<Subscription> stored = insertSubscriptions(7);
        List<Subscription> seen = new ArrayList<>();
        Optional<SubscriptionId> after = Optional.empty();

        List<Subscription> page;
        int pages = 0;
        do {
            page = subscriptions().findPage(tenant, after, NOW, 3);
            assertThat(page).hasSizeLessThanOrEqualTo(3);
            seen.addAll(page);
            after = page.isEmpty() ? after : Optional.of(page.get(page.size() - 1).id());
            assertThat(++pages).as("pages read (a page that does not move on repeats forever)")
                    .isLessThanOrEqualTo(stored.size() + 1);
        } while (!page.isEmpty());

        assertThat(seen).containsExactlyElementsOf(stored);
    }

    @Test
    void a_page_starts_strictly_after_the_given_id_even_one_never_stored() {
        List<Subscription> stored = insertSubscriptions(4);

        assertThat(subscriptions().findPage(tenant, Optional.of(stored.get(1).id()), NOW, 10))
                .containsExactlyElementsOf(stored.subList(2, 4));
        assertThat(subscriptions().findPage(tenant, Optional.of(SubscriptionId.of("sub-020")), NOW, 10))
                .containsExactlyElementsOf(stored.subList(2, 4));
    }

    @Test
    void the_list_leaves_out_expired_subscriptions_and_other_tenants() {
        Subscription shortLived = subscriptions().insert(
                aSubscription(tenant, "sub-1", "created", Duration.ofMinutes(5), null));
        Subscription longLived = subscriptions().insert(
                aSubscription(tenant, "sub-2", "created", Duration.ofHours(5), "secret"));
        subscriptions().insert(aSubscription(Tenants.random(), "sub-3", "created", Duration.ofHours(5), null));

        assertThat(subscriptions().findPage(tenant, Optional.empty(), NOW, 10))
                .containsExactly(shortLived, longLived);
        assertThat(subscriptions().findPage(tenant, Optional.empty(), shortLived.expirationDateTime(), 10))
                .containsExactly(longLived);
    }

    // ---- the purge

    @Test
    void the_purge_deletes_expired_subscriptions_of_every_tenant_and_keeps_the_others() {
        TenantId other = Tenants.random();
        Subscription expiring = subscriptions().insert(aSubscription(tenant, "created", Duration.ofMinutes(5), null));
        Subscription othersExpiring = subscriptions().insert(
                aSubscription(other, "created", Duration.ofMinutes(5), null));
        Subscription living = subscriptions().insert(aSubscription(tenant, "created", Duration.ofHours(5), null));
        Instant expiry = expiring.expirationDateTime();

        subscriptions().purgeExpired(expiry.minusMillis(1), 100);
        assertThat(subscriptions().find(tenant, expiring.id())).as("a millisecond before its expiry").isPresent();
        int purged = subscriptions().purgeExpired(expiry, 100);

        assertThat(purged).isGreaterThanOrEqualTo(2);
        assertThat(subscriptions().find(tenant, expiring.id())).isEmpty();
        assertThat(subscriptions().find(other, othersExpiring.id())).isEmpty();
        assertThat(subscriptions().find(tenant, living.id())).contains(living);
    }

    @Test
    void the_purge_takes_at_most_the_limit_at_a_time() {
        // expired long before anything the other tests store, so that only these are due at that moment
        Instant longAgo = NOW.minus(Duration.ofDays(400));
        for (int i = 0; i < 3; i++) {
            subscriptions().insert(new Subscription(tenant, SubscriptionId.of("old-" + i), Subscription.CALL_RECORDS,
                    Set.of(SubscriptionChangeType.CREATED), URI.create("https://bot.example.test/notify"), longAgo,
                    Optional.empty(), "app-1", Optional.empty(), 1));
        }

        assertThat(subscriptions().purgeExpired(longAgo, 2)).isEqualTo(2);
        assertThat(subscriptions().purgeExpired(longAgo, 2)).isEqualTo(1);
        assertThat(subscriptions().purgeExpired(longAgo, 2)).isZero();
    }
}
