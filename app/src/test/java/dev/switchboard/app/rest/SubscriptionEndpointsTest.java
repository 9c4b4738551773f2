package dev.switchboard.app.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.switchboard.application.port.out.SubscriptionRepository;
import dev.switchboard.application.testing.fixtures.Tenants;
import dev.switchboard.domain.common.TenantId;
import dev.switchboard.domain.subscription.Subscription;
import dev.switchboard.domain.subscription.SubscriptionChangeType;
import dev.switchboard.domain.subscription.SubscriptionId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code GET /subscriptions} over the real JDBC store, and the periodic purge of expired subscriptions. The rows are
 * stored through the repository, so no receiver has to answer the validation handshake (that path has tests of its
 * own); the list must show the caller's tenant's unexpired ones only, and the purge must take the expired ones.
 */
class SubscriptionEndpointsTest extends RestClientSupport {

    private static final String SUBSCRIPTIONS = V1 + "/subscriptions";

    @Autowired
    SubscriptionRepository subscriptions;

    @Autowired
    Clock clock;

    @Test
    void the_list_holds_the_caller_s_tenant_s_unexpired_subscriptions() {
        Instant now = clock.instant();
        Subscription mine = subscriptions.insert(subscription(TenantId.of(TENANT), now.plus(Duration.ofHours(1))));
        Subscription theirs = subscriptions.insert(subscription(Tenants.random(), now.plus(Duration.ofHours(1))));

        try {
            Response list = get(SUBSCRIPTIONS).expect(200);

            assertThat(list.text("/@odata.context")).isEqualTo(base() + "/v1.0/$metadata#subscriptions");
            assertThat(idsIn(list)).contains(mine.id().value()).doesNotContain(theirs.id().value());
            get(SUBSCRIPTIONS + "/" + theirs.id()).expectError(404, "itemNotFound");
            delete(SUBSCRIPTIONS + "/" + theirs.id()).expectError(404, "itemNotFound");
            assertThat(subscriptions.find(theirs.tenantId(), theirs.id())).contains(theirs);
            get(SUBSCRIPTIONS + "?$top=1").expectError(400, "BadRequest");
        } finally {
            // the other tests' call records would otherwise be sent to its (unreachable) notification URL
            delete(SUBSCRIPTIONS + "/" + mine.id()).expect(204);
        }
    }

    @Test
    void an_expired_subscription_answers_404_and_the_periodic_purge_deletes_it() {
        Subscription expired = subscriptions.insert(subscription(TenantId.of(TENANT), clock.instant()));

        get(SUBSCRIPTIONS + "/" + expired.id()).expectError(404, "itemNotFound");
        assertThat(idsIn(get(SUBSCRIPTIONS).expect(200))).doesNotContain(expired.id().value());
        await("the purge").atMost(Duration.ofSeconds(10))
                .until(() -> subscriptions.find(expired.tenantId(), expired.id()).isEmpty());
    }

    private static Subscription subscription(TenantId tenant, Instant expiry) {
        return new Subscription(tenant, SubscriptionId.of(UUID.randomUUID().toString()), Subscription.CALL_RECORDS,
                Set.of(SubscriptionChangeType.CREATED), URI.create("https://bot.example.test/notify"),
                expiry.truncatedTo(ChronoUnit.MILLIS),
                Optional.empty(), OWN_APPLICATION, Optional.empty(), 1);
    }

    private static List<String> idsIn(Response page) {
        List<String> ids = new ArrayList<>();
        page.json().get("value").forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }
}
