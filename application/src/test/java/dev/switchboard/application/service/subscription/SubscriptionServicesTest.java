package dev.switchboard.application.service.subscription;

import dev.switchboard.application.port.in.subscription.CreateSubscriptionCommand;
import dev.switchboard.application.port.in.subscription.DeleteSubscriptionCommand;
import dev.switchboard.application.port.in.subscription.RenewSubscriptionCommand;
import dev.switchboard.application.port.in.subscription.SubscriptionQueries;
import dev.switchboard.application.port.in.subscription.SubscriptionQueries.GetSubscriptionQuery;
import dev.switchboard.application.port.in.subscription.SubscriptionQueries.ListSubscriptionsQuery;
import dev.switchboard.application.port.paging.Cursor;
import dev.switchboard.application.port.paging.Page;
import dev.switchboard.application.port.paging.PageRequest;
import dev.switchboard.application.service.CoreSettings;
import dev.switchboard.application.service.SwitchboardCore;
import dev.switchboard.application.testing.fixtures.Tenants;
import dev.switchboard.application.testing.inmemory.InMemoryPorts;
import dev.switchboard.domain.common.TenantId;
import dev.switchboard.domain.error.InvalidInputException;
import dev.switchboard.domain.error.NotFoundException;
import dev.switchboard.domain.error.ValidationFailedException;
import dev.switchboard.domain.subscription.Subscription;
import dev.switchboard.domain.subscription.SubscriptionId;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SubscriptionServicesTest {

    private static final String URL = "https://bot.example.test/notify";

    private final InMemoryPorts store = new InMemoryPorts();
    private final SwitchboardCore core = SwitchboardCore.assemble(store.ports(), CoreSettings.defaults());
    private final TenantId tenant = Tenants.random();

    private Instant now() {
        return store.clock().instant();
    }

    private CreateSubscriptionCommand subscribe(String url, Instant expiry) {
        return new CreateSubscriptionCommand(tenant, "app-1", null, "/communications/callRecords",
                "created,updated", url, expiry, "secret");
    }

    @Test
    void a_subscription_whose_receiver_confirms_is_stored() {
        Subscription created = core.createSubscription().create(subscribe(URL, now().plus(Duration.ofHours(1))));

        assertThat(store.subscriptionValidator().asked()).containsExactly(URI.create(URL));
        assertThat(store.subscriptions().find(tenant, created.id())).contains(created);
        assertThat(created.clientState()).contains("secret");
        assertThat(created.applicationId()).isEqualTo("app-1");
    }

    @Test
    void a_receiver_that_fails_the_handshake_gets_a_validation_error_and_nothing_is_stored() {
        store.subscriptionValidator().receiversConfirm(false);

        assertThatThrownBy(() -> core.createSubscription().create(subscribe(URL, now().plus(Duration.ofHours(1)))))
                .isInstanceOf(ValidationFailedException.class)
                .hasMessageContaining(URL);
        assertThat(store.subscriptions().findUnexpired(tenant, Subscription.CALL_RECORDS, now())).isEmpty();
    }

    @Test
    void a_bad_request_is_refused_before_the_receiver_is_asked() {
        assertThatThrownBy(() -> core.createSubscription().create(subscribe(URL, now().minusSeconds(1))))
                .isInstanceOf(InvalidInputException.class);
        assertThat(store.subscriptionValidator().asked()).isEmpty();
    }

    @Test
    void renewing_moves_the_expiry() {
        Subscription created = core.createSubscription().create(subscribe(URL, now().plus(Duration.ofHours(1))));
        Instant later = now().plus(Duration.ofHours(10));

        Subscription renewed = core.renewSubscription().renew(
                new RenewSubscriptionCommand(tenant, created.id(), later));

        assertThat(renewed.expirationDateTime()).isEqualTo(later.truncatedTo(ChronoUnit.MILLIS));
        assertThat(core.subscriptionQueries().get(new GetSubscriptionQuery(tenant, created.id())))
                .isEqualTo(renewed);
    }

    @Test
    void an_expired_subscription_is_not_found_and_cannot_be_renewed() {
        Subscription created = core.createSubscription().create(subscribe(URL, now().plus(Duration.ofMinutes(5))));
        store.clock().advance(Duration.ofMinutes(5));

        assertThatThrownBy(() -> core.subscriptionQueries().get(new GetSubscriptionQuery(tenant, created.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> core.renewSubscription().renew(
                new RenewSubscriptionCommand(tenant, created.id(), now().plus(Duration.ofHours(1)))))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void deleting_removes_and_a_second_delete_is_not_found() {
        Subscription created = core.createSubscription().create(subscribe(URL, now().plus(Duration.ofHours(1))));

        core.deleteSubscription().delete(new DeleteSubscriptionCommand(tenant, created.id()));

        assertThat(store.subscriptions().find(tenant, created.id())).isEmpty();
        assertThatThrownBy(() -> core.deleteSubscription().delete(new DeleteSubscriptionCommand(tenant, created.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> core.deleteSubscription().delete(
                new DeleteSubscriptionCommand(Tenants.random(), SubscriptionId.of("unknown"))))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void deleting_an_expired_subscription_is_not_found_as_reading_it_is() {
        Subscription created = core.createSubscription().create(subscribe(URL, now().plus(Duration.ofMinutes(5))));
        store.clock().advance(Duration.ofMinutes(5));

        assertThatThrownBy(() -> core.deleteSubscription().delete(new DeleteSubscriptionCommand(tenant, created.id())))
                .isInstanceOf(NotFoundException.class);
    }

    // ---- the list

    @Test
    void the_list_holds_the_tenant_s_unexpired_subscriptions_in_id_order() {
        Subscription shortLived = core.createSubscription().create(subscribe(URL, now().plus(Duration.ofMinutes(5))));
        Subscription longLived = core.createSubscription().create(subscribe(URL, now().plus(Duration.ofHours(5))));
        TenantId other = Tenants.random();
        core.createSubscription().create(new CreateSubscriptionCommand(other, "app-1", null,
                "/communications/callRecords", "created", URL, now().plus(Duration.ofHours(1)), null));

        assertThat(list(PageRequest.first()).items()).containsExactlyInAnyOrder(shortLived, longLived);

        store.clock().advance(Duration.ofMinutes(5));
        assertThat(list(PageRequest.first()).items()).containsExactly(longLived);
    }

    @Test
    void the_list_comes_in_pages_that_end_with_the_last() {
        List<Subscription> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(core.createSubscription().create(subscribe(URL, now().plus(Duration.ofHours(1)))));
        }

        List<Subscription> seen = new ArrayList<>();
        Page<Subscription> page = list(PageRequest.first(2));
        seen.addAll(page.items());
        while (page.next().isPresent()) {
            page = list(PageRequest.first(2).after(page.next().get()));
            assertThat(page.items()).hasSizeLessThanOrEqualTo(2);
            seen.addAll(page.items());
        }

        assertThat(seen).containsExactlyInAnyOrderElementsOf(created).doesNotHaveDuplicates();
    }

    @Test
    void a_page_is_at_most_the_maximum_size_however_many_are_asked_for() {
        assertThat(list(PageRequest.first(SubscriptionQueries.MAX_PAGE_SIZE + 1)).items()).isEmpty();
        for (int i = 0; i <= SubscriptionQueries.MAX_PAGE_SIZE; i++) {
            core.createSubscription().create(subscribe(URL, now().plus(Duration.ofHours(1))));
        }

        Page<Subscription> first = list(PageRequest.first(SubscriptionQueries.MAX_PAGE_SIZE + 50));

        assertThat(first.items()).hasSize(SubscriptionQueries.MAX_PAGE_SIZE);
        assertThat(first.next()).isPresent();
    }

    @Test
    void a_cursor_of_another_list_is_refused() {
        assertThatThrownBy(() -> list(PageRequest.first().after(Cursor.of("call", "c-1"))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("$skiptoken");
        assertThatThrownBy(() -> list(PageRequest.first().after(new Cursor("not base64 at all!"))))
                .isInstanceOf(InvalidInputException.class);
    }

    // ---- the purge

    @Test
    void the_purge_deletes_a_subscription_once_it_has_expired_and_not_before() {
        Subscription created = core.createSubscription().create(subscribe(URL, now().plus(Duration.ofMinutes(5))));

        store.clock().advance(Duration.ofMinutes(5).minusMillis(1));
        assertThat(core.purgeExpiredSubscriptions().purgeExpired(100)).isZero();
        assertThat(store.subscriptions().find(tenant, created.id())).isPresent();

        store.clock().advance(Duration.ofMillis(1));
        assertThat(core.purgeExpiredSubscriptions().purgeExpired(100)).isEqualTo(1);
        assertThat(store.subscriptions().find(tenant, created.id())).isEmpty();
    }

    @Test
    void the_purge_takes_at_most_the_limit_at_a_time_and_refuses_a_limit_below_one() {
        core.createSubscription().create(subscribe(URL, now().plus(Duration.ofMinutes(5))));
        core.createSubscription().create(subscribe(URL, now().plus(Duration.ofMinutes(5))));
        store.clock().advance(Duration.ofMinutes(5));

        assertThat(core.purgeExpiredSubscriptions().purgeExpired(1)).isEqualTo(1);
        assertThat(core.purgeExpiredSubscriptions().purgeExpired(1)).isEqualTo(1);
        assertThat(core.purgeExpiredSubscriptions().purgeExpired(1)).isZero();
        assertThatThrownBy(() -> core.purgeExpiredSubscriptions().purgeExpired(0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private Page<Subscription> list(PageRequest page) {
        return core.subscriptionQueries().list(new ListSubscriptionsQuery(tenant, page));
    }
}
