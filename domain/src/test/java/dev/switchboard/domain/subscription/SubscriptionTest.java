package dev.switchboard.domain.subscription;

import dev.switchboard.domain.common.TenantId;
import dev.switchboard.domain.error.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SubscriptionTest {

    private static final TenantId TENANT = TenantId.of("tenant-1");
    private static final SubscriptionId ID = SubscriptionId.of("sub-1");
    private static final Instant NOW = Instant.parse("2025-03-01T09:00:00Z");

    private static Subscription create(String resource, String changeType, String url, Instant expiry,
                                       String clientState) {
        return Subscription.create(TENANT, ID, resource, changeType, url, expiry, clientState, "app-1", null, NOW);
    }

    private static Subscription aSubscription() {
        return create("/communications/callRecords", "created", "https://bot.example.test/notify",
                NOW.plus(Duration.ofHours(1)), "secret");
    }

    @Test
    void a_new_subscription_starts_at_version_1_with_what_was_asked_for() {
        Subscription subscription = create("communications/callRecords", "Created, updated",
                "https://bot.example.test/notify", NOW.plus(Duration.ofHours(1)), "secret");

        assertThat(subscription.resource()).isEqualTo(Subscription.CALL_RECORDS);
        assertThat(subscription.changeTypes())
                .isEqualTo(Set.of(SubscriptionChangeType.CREATED, SubscriptionChangeType.UPDATED));
        assertThat(subscription.changeType()).isEqualTo("created,updated");
        assertThat(subscription.clientState()).contains("secret");
        assertThat(subscription.version()).isEqualTo(1);
    }

    @Test
    void only_call_records_can_be_subscribed_to() {
        assertThatThrownBy(() -> create("/communications/calls", "created", "https://x.test/n",
                NOW.plusSeconds(60), null))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).path()).isEqualTo("resource"));
    }

    @Test
    void deleted_is_not_a_change_type_of_call_records() {
        assertThatThrownBy(() -> create(Subscription.CALL_RECORDS, "created,deleted", "https://x.test/n",
                NOW.plusSeconds(60), null))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).path()).isEqualTo("changeType"));
    }

    @Test
    void the_notification_url_must_be_absolute_http() {
        for (String url : new String[] {"", "/relative", "ftp://x.test/n", "not a url"}) {
            assertThatThrownBy(() -> create(Subscription.CALL_RECORDS, "created", url, NOW.plusSeconds(60), null))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.errors().get(0).path()).isEqualTo("notificationUrl"));
        }
    }

    @Test
    void an_expiry_in_the_past_or_beyond_4230_minutes_is_refused() {
        for (Instant expiry : new Instant[] {NOW, NOW.minusSeconds(1), NOW.plus(Duration.ofMinutes(4230)).plusSeconds(1)}) {
            assertThatThrownBy(() -> create(Subscription.CALL_RECORDS, "created", "https://x.test/n", expiry, null))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.errors().get(0).path()).isEqualTo("expirationDateTime"));
        }
        assertThat(create(Subscription.CALL_RECORDS, "created", "https://x.test/n",
                NOW.plus(Duration.ofMinutes(4230)), null).expirationDateTime())
                .isEqualTo(NOW.plus(Duration.ofMinutes(4230)));
    }

    @Test
    void an_over_long_client_state_is_refused() {
        assertThatThrownBy(() -> create(Subscription.CALL_RECORDS, "created", "https://x.test/n",
                NOW.plusSeconds(60), "x".repeat(129)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).path()).isEqualTo("clientState"));
    }

    @Test
    void renewing_moves_the_expiry_and_raises_the_version_and_nothing_else() {
        Subscription subscription = aSubscription();
        Instant later = NOW.plus(Duration.ofHours(3));

        Subscription renewed = subscription.renew(later, NOW.plusSeconds(10));

        assertThat(renewed.expirationDateTime()).isEqualTo(later);
        assertThat(renewed.version()).isEqualTo(2);
        assertThat(renewed.notificationUrl()).isEqualTo(subscription.notificationUrl());
        assertThat(renewed.clientState()).isEqualTo(subscription.clientState());
        assertThatThrownBy(() -> subscription.renew(NOW.minusSeconds(1), NOW))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void an_expired_subscription_wants_nothing_and_one_wants_only_its_change_types() {
        Subscription subscription = aSubscription();

        assertThat(subscription.wants(SubscriptionChangeType.CREATED, NOW)).isTrue();
        assertThat(subscription.wants(SubscriptionChangeType.UPDATED, NOW)).isFalse();
        assertThat(subscription.wants(SubscriptionChangeType.CREATED, subscription.expirationDateTime())).isFalse();
        assertThat(subscription.hasExpiredAt(subscription.expirationDateTime())).isTrue();
    }
}
