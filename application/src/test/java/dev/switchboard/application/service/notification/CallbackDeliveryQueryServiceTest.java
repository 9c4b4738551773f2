package dev.switchboard.application.service.notification;

import dev.switchboard.application.port.in.notification.CallbackDeliveryQueries;
import dev.switchboard.application.port.in.notification.CallbackDeliveryQueries.ListCallbackDeliveriesQuery;
import dev.switchboard.application.port.in.notification.PurgeCallbackHistoryUseCase;
import dev.switchboard.application.service.ServiceTestSupport;
import dev.switchboard.domain.call.Call;
import dev.switchboard.domain.common.CallId;
import dev.switchboard.domain.error.NotFoundException;
import dev.switchboard.domain.notification.CallbackAttempt;
import dev.switchboard.domain.notification.CallbackDelivery;
import dev.switchboard.domain.notification.CallbackOutcome;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.IntStream;

import static dev.switchboard.application.service.ServiceTestSupport.OTHER_TENANT;
import static dev.switchboard.application.service.ServiceTestSupport.TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading a call's callback deliveries (what the console shows), and forgetting old attempts. */
class CallbackDeliveryQueryServiceTest {

    private final ServiceTestSupport given = new ServiceTestSupport();
    private final CallbackDeliveryQueries deliveries = given.core().callbackDeliveryQueries();
    private final PurgeCallbackHistoryUseCase purge = given.core().purgeCallbackHistory();

    private void attempted(Call call, String notificationId, int number, Integer status, CallbackOutcome outcome) {
        Instant at = given.clock().instant();
        given.store().callbackDeliveries().record(new CallbackAttempt(TENANT, call.id(), notificationId, number, at,
                "updated", "/communications/calls/" + call.id().value(), Optional.ofNullable(status), outcome));
        given.clock().advance(Duration.ofSeconds(1));
    }

    @Test
    void each_notification_is_one_delivery_with_its_attempts_oldest_first_and_the_latest_delivery_first() {
        Call call = given.aGroupCall();
        attempted(call, "n-1", 1, 202, CallbackOutcome.DELIVERED);
        attempted(call, "n-2", 1, 500, CallbackOutcome.RETRYING);
        attempted(call, "n-2", 2, null, CallbackOutcome.RETRYING);
        attempted(call, "n-2", 3, 503, CallbackOutcome.GIVEN_UP);

        var listed = deliveries.list(new ListCallbackDeliveriesQuery(TENANT, call.id()));

        assertThat(listed).extracting(CallbackDelivery::notificationId).containsExactly("n-2", "n-1");
        assertThat(listed.get(0).attempts()).extracting(CallbackAttempt::number).containsExactly(1, 2, 3);
        assertThat(listed.get(0).outcome()).isEqualTo(CallbackOutcome.GIVEN_UP);
        assertThat(listed.get(0).retries()).isEqualTo(2);
        assertThat(listed.get(1).outcome()).isEqualTo(CallbackOutcome.DELIVERED);
    }

    @Test
    void a_call_without_notifications_has_no_deliveries() {
        Call call = given.aGroupCall();

        assertThat(deliveries.list(new ListCallbackDeliveriesQuery(TENANT, call.id()))).isEmpty();
    }

    @Test
    void only_the_latest_deliveries_are_listed() {
        Call call = given.aGroupCall();
        IntStream.rangeClosed(1, CallbackDeliveryQueries.MAX_DELIVERIES + 5).forEach(n ->
                attempted(call, "n-" + n, 1, 202, CallbackOutcome.DELIVERED));

        var listed = deliveries.list(new ListCallbackDeliveriesQuery(TENANT, call.id()));

        assertThat(listed).hasSize(CallbackDeliveryQueries.MAX_DELIVERIES);
        assertThat(listed.get(0).notificationId()).isEqualTo("n-" + (CallbackDeliveryQueries.MAX_DELIVERIES + 5));
    }

    @Test
    void another_tenant_and_an_unknown_call_are_not_found() {
        Call call = given.aGroupCall();
        attempted(call, "n-1", 1, 202, CallbackOutcome.DELIVERED);

        assertThatThrownBy(() -> deliveries.list(new ListCallbackDeliveriesQuery(OTHER_TENANT, call.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> deliveries.list(new ListCallbackDeliveriesQuery(TENANT, CallId.of("no-such-call"))))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void the_purge_forgets_attempts_older_than_the_retention_and_keeps_the_rest() {
        Call call = given.aGroupCall();
        attempted(call, "n-1", 1, 202, CallbackOutcome.DELIVERED);
        given.clock().advance(Duration.ofHours(2));
        attempted(call, "n-2", 1, 202, CallbackOutcome.DELIVERED);

        int purged = purge.purgeOlderThan(Duration.ofHours(1), 100);

        assertThat(purged).isEqualTo(1);
        assertThat(deliveries.list(new ListCallbackDeliveriesQuery(TENANT, call.id())))
                .extracting(CallbackDelivery::notificationId).containsExactly("n-2");
    }

    @Test
    void the_purge_refuses_a_limit_below_one() {
        assertThatThrownBy(() -> purge.purgeOlderThan(Duration.ofHours(1), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
