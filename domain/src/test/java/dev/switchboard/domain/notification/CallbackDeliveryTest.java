package dev.switchboard.domain.notification;

import dev.switchboard.domain.common.CallId;
import dev.switchboard.domain.common.TenantId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CallbackDeliveryTest {

    private static final Instant T0 = Instant.parse("2025-03-01T09:00:00Z");

    private static CallbackAttempt attempt(String notificationId, int number, Integer status,
                                           CallbackOutcome outcome) {
        return new CallbackAttempt(TenantId.of("tenant-1"), CallId.of("call-1"), notificationId, number,
                T0.plusSeconds(number), "updated", "/communications/calls/call-1", Optional.ofNullable(status),
                outcome);
    }

    @Test
    void a_delivery_says_what_its_last_attempt_came_to_and_how_many_retries_it_took() {
        CallbackDelivery delivery = new CallbackDelivery("n-1", List.of(
                attempt("n-1", 1, 500, CallbackOutcome.RETRYING),
                attempt("n-1", 2, null, CallbackOutcome.RETRYING),
                attempt("n-1", 3, 202, CallbackOutcome.DELIVERED)));

        assertThat(delivery.outcome()).isEqualTo(CallbackOutcome.DELIVERED);
        assertThat(delivery.attemptCount()).isEqualTo(3);
        assertThat(delivery.retries()).isEqualTo(2);
        assertThat(delivery.lastStatusCode()).contains(202);
        assertThat(delivery.lastAttemptedAt()).isEqualTo(T0.plusSeconds(3));
    }

    @Test
    void attempts_no_longer_kept_still_count_as_retries() {
        CallbackDelivery delivery = new CallbackDelivery("n-1", List.of(
                attempt("n-1", 41, 503, CallbackOutcome.RETRYING),
                attempt("n-1", 42, 503, CallbackOutcome.GIVEN_UP)));

        assertThat(delivery.outcome()).isEqualTo(CallbackOutcome.GIVEN_UP);
        assertThat(delivery.retries()).isEqualTo(41);
    }

    @Test
    void a_delivered_attempt_was_answered_with_a_2xx() {
        assertThatThrownBy(() -> attempt("n-1", 1, 500, CallbackOutcome.DELIVERED))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> attempt("n-1", 1, null, CallbackOutcome.DELIVERED))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nothing_is_attempted_after_a_delivery_or_a_give_up() {
        assertThatThrownBy(() -> new CallbackDelivery("n-1", List.of(
                attempt("n-1", 1, 202, CallbackOutcome.DELIVERED), attempt("n-1", 2, 202, CallbackOutcome.DELIVERED))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void attempts_are_of_one_notification_oldest_first() {
        assertThatThrownBy(() -> new CallbackDelivery("n-1", List.of(attempt("n-2", 1, 500, CallbackOutcome.RETRYING))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CallbackDelivery("n-1", List.of(
                attempt("n-1", 2, 500, CallbackOutcome.RETRYING), attempt("n-1", 1, 500, CallbackOutcome.RETRYING))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CallbackDelivery("n-1", List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
