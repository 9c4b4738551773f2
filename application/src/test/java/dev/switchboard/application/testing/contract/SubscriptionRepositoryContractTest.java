package dev.switchboard.application.testing.contract;

import dev.switchboard.application.port.out.SubscriptionRepository;
import dev.switchboard.application.testing.fixtures.Tenants;
import dev.switchboard.domain.common.TenantId;
import dev.switchboard.domain.error.ConflictException;
import dev.switchboard.domain.subscription.Subscription;
import dev.switchboard.domain.subscription.SubscriptionId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every {@link SubscriptionRepository} promises: a subscription is stored whole and exactly at the version the
 * domain gave it, and only the tenant's unexpired ones are offered for delivery. Each test in a tenant of its own.
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
        return Subscription.create(tenant, SubscriptionId.of(UUID.randomUUID().toString()),
                Subscription.CALL_RECORDS, changeType, "https://bot.example.test/notify?x=1", NOW.plus(lifetime),
                clientState, "app-1", clientState == null ? null : "user-1", NOW);
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
}
