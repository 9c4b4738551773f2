package dev.switchboard.application.testing.contract;

import dev.switchboard.application.port.out.CallbackDeliveryLog;
import dev.switchboard.application.testing.fixtures.Tenants;
import dev.switchboard.domain.common.CallId;
import dev.switchboard.domain.common.TenantId;
import dev.switchboard.domain.notification.CallbackAttempt;
import dev.switchboard.domain.notification.CallbackDelivery;
import dev.switchboard.domain.notification.CallbackOutcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link CallbackDeliveryLog} promises: attempts read back whole, the latest first, only the asking tenant's
 * and call's; a notification keeps its last {@link CallbackDelivery#KEPT_ATTEMPTS} attempts; the purge takes old
 * attempts of every tenant and nothing else. Each test in a tenant of its own.
 */
public abstract class CallbackDeliveryLogContractTest {

    private static final Instant T0 = Instant.parse("2025-03-01T09:00:00Z");

    /** The adapter under test; return the same one for the whole test. */
    protected abstract CallbackDeliveryLog log();

    private TenantId tenant;
    private CallId call;

    @BeforeEach
    void eachTestHasATenantOfItsOwn() {
        tenant = Tenants.random();
        call = CallId.of(UUID.randomUUID().toString());
    }

    private CallbackAttempt attempt(TenantId tenant, CallId call, String notificationId, int number, Instant at,
                                    Integer status, CallbackOutcome outcome) {
        return new CallbackAttempt(tenant, call, notificationId, number, at, "updated",
                "/communications/calls/" + call.value() + "/participants", Optional.ofNullable(status), outcome);
    }

    @Test
    void an_attempt_reads_back_as_it_was_written() {
        CallbackAttempt answered = attempt(tenant, call, "n-1", 1, T0, 500, CallbackOutcome.RETRYING);
        CallbackAttempt unanswered = attempt(tenant, call, "n-1", 2, T0.plusSeconds(1), null,
                CallbackOutcome.GIVEN_UP);

        log().record(answered);
        log().record(unanswered);

        assertThat(log().findLatest(tenant, call, 10)).containsExactly(unanswered, answered);
    }

    @Test
    void the_latest_attempts_come_first_and_the_limit_cuts_the_oldest() {
        CallbackAttempt first = attempt(tenant, call, "n-1", 1, T0, 202, CallbackOutcome.DELIVERED);
        CallbackAttempt second = attempt(tenant, call, "n-2", 1, T0.plusSeconds(5), 503, CallbackOutcome.RETRYING);
        CallbackAttempt third = attempt(tenant, call, "n-2", 2, T0.plusSeconds(6), 202, CallbackOutcome.DELIVERED);
        log().record(second);
        log().record(first);
        log().record(third);

        assertThat(log().findLatest(tenant, call, 10)).containsExactly(third, second, first);
        assertThat(log().findLatest(tenant, call, 2)).containsExactly(third, second);
    }

    @Test
    void a_notification_keeps_only_its_last_attempts() {
        int many = CallbackDelivery.KEPT_ATTEMPTS + 3;
        IntStream.rangeClosed(1, many).forEach(number -> log().record(attempt(tenant, call, "n-1", number,
                T0.plusSeconds(number), null, CallbackOutcome.RETRYING)));

        assertThat(log().findLatest(tenant, call, 100)).extracting(CallbackAttempt::number)
                .containsExactlyElementsOf(IntStream.iterate(many, n -> n - 1).limit(CallbackDelivery.KEPT_ATTEMPTS)
                        .boxed().toList());
    }

    @Test
    void recording_an_attempt_again_changes_nothing() {
        CallbackAttempt attempt = attempt(tenant, call, "n-1", 1, T0, 202, CallbackOutcome.DELIVERED);

        log().record(attempt);
        log().record(attempt);

        assertThat(log().findLatest(tenant, call, 10)).containsExactly(attempt);
    }

    @Test
    void another_tenant_or_call_sees_none_of_it() {
        log().record(attempt(tenant, call, "n-1", 1, T0, 202, CallbackOutcome.DELIVERED));
        CallId otherCall = CallId.of(UUID.randomUUID().toString());

        assertThat(log().findLatest(Tenants.random(), call, 10)).isEmpty();
        assertThat(log().findLatest(tenant, otherCall, 10)).isEmpty();
    }

    @Test
    void the_purge_deletes_attempts_made_before_the_cutoff_up_to_its_limit() {
        // far in the past, so that attempts other tests left behind (in a shared database) are younger
        Instant old = Instant.parse("2001-01-01T00:00:00Z");
        CallbackAttempt oldest = attempt(tenant, call, "n-1", 1, old, 500, CallbackOutcome.RETRYING);
        CallbackAttempt older = attempt(tenant, call, "n-1", 2, old.plusSeconds(1), 500, CallbackOutcome.RETRYING);
        CallbackAttempt recent = attempt(tenant, call, "n-1", 3, T0, 202, CallbackOutcome.DELIVERED);
        List.of(oldest, older, recent).forEach(log()::record);

        int firstRound = log().purgeAttemptedBefore(old.plusSeconds(60), 1);
        int secondRound = log().purgeAttemptedBefore(old.plusSeconds(60), 100);

        assertThat(firstRound).isEqualTo(1);
        assertThat(secondRound).isGreaterThanOrEqualTo(1);
        assertThat(log().findLatest(tenant, call, 10)).containsExactly(recent);
    }
}
