package dev.switchboard.application.testing.contract;

import dev.switchboard.application.port.out.LifecycleTimer;
import dev.switchboard.application.port.out.LifecycleTimers;
import dev.switchboard.application.port.out.TransactionRunner;
import dev.switchboard.application.testing.fixtures.Ids;
import dev.switchboard.application.testing.fixtures.Tenants;
import dev.switchboard.domain.common.CallId;
import dev.switchboard.domain.common.TenantId;
import dev.switchboard.domain.error.ConflictException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static dev.switchboard.application.testing.fixtures.Times.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every {@link LifecycleTimers} promises: timers are found when due, earliest first, and each is claimed by
 * exactly one transaction; a rolled-back claim leaves the timer in place. The store may be shared with other tests
 * (a database), so each test has a tenant of its own and looks only at its own timers.
 */
public abstract class LifecycleTimersContractTest {

    /** The adapter under test; return the same one for the whole test. */
    protected abstract LifecycleTimers timers();

    /** A transaction runner of the same adapter family, whose transactions the timers join. */
    protected abstract TransactionRunner transactions();

    private static final int ALL = 10_000;

    private TenantId tenant;
    private CallId call;

    @BeforeEach
    void eachTestHasATenantOfItsOwn() {
        tenant = Tenants.random();
        call = Ids.callId();
    }

    @Test
    void a_timer_is_due_from_its_time_on_and_not_before() {
        LifecycleTimer timer = aTimerDueAt(T0);
        inTransaction(() -> timers().schedule(timer));

        assertThat(mine(timers().due(T0.minusNanos(1000), ALL))).isEmpty();
        assertThat(mine(timers().due(T0, ALL))).containsExactly(timer);
        assertThat(mine(timers().due(T0.plusSeconds(60), ALL))).containsExactly(timer);
    }

    @Test
    void due_timers_come_earliest_first_and_at_most_the_limit() {
        LifecycleTimer later = aTimerDueAt(T0.plusSeconds(2));
        LifecycleTimer earlier = aTimerDueAt(T0.plusSeconds(1));
        inTransaction(() -> {
            timers().schedule(later);
            timers().schedule(earlier);
        });

        assertThat(mine(timers().due(T0.plusSeconds(3), ALL))).containsExactly(earlier, later);
        List<LifecycleTimer> one = timers().due(T0.plusSeconds(3), 1);
        assertThat(one).hasSize(1);
    }

    @Test
    void a_tenant_has_one_timer_of_a_kind_per_target() {
        LifecycleTimer timer = aTimerDueAt(T0);
        inTransaction(() -> timers().schedule(timer));

        assertThatThrownBy(() -> inTransaction(() -> timers().schedule(timer.dueAt(T0.plusSeconds(5)))))
                .isInstanceOf(ConflictException.class);
        assertThat(mine(timers().due(T0.plusSeconds(10), ALL))).containsExactly(timer);
    }

    @Test
    void a_claimed_timer_is_gone_and_nobody_else_can_claim_it() {
        LifecycleTimer timer = aTimerDueAt(T0);
        inTransaction(() -> timers().schedule(timer));

        assertThat(transactions().inTransaction(() -> timers().claim(timer))).isTrue();

        assertThat(transactions().inTransaction(() -> timers().claim(timer))).isFalse();
        assertThat(mine(timers().due(T0, ALL))).isEmpty();
    }

    @Test
    void a_claim_that_rolls_back_leaves_the_timer_to_be_claimed_again() {
        LifecycleTimer timer = aTimerDueAt(T0);
        inTransaction(() -> timers().schedule(timer));

        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            timers().claim(timer);
            throw new IllegalStateException("the work failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(mine(timers().due(T0, ALL))).containsExactly(timer);
        assertThat(transactions().inTransaction(() -> timers().claim(timer))).isTrue();
    }

    @Test
    void of_two_transactions_claiming_one_timer_at_once_exactly_one_gets_it() throws Exception {
        LifecycleTimer timer = aTimerDueAt(T0);
        inTransaction(() -> timers().schedule(timer));
        CountDownLatch firstClaimed = new CountDownLatch(1);

        CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> transactions().inTransaction(() -> {
            boolean claimed = timers().claim(timer);
            firstClaimed.countDown();
            pause(300); // holds its claim uncommitted while the second one tries
            return claimed;
        }));
        assertThat(firstClaimed.await(30, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Boolean> second = CompletableFuture.supplyAsync(
                () -> transactions().inTransaction(() -> timers().claim(timer)));

        assertThat(first.get(30, TimeUnit.SECONDS)).isTrue();
        assertThat(second.get(30, TimeUnit.SECONDS)).isFalse();
    }

    @Test
    void a_postponed_timer_is_due_at_its_new_time() {
        LifecycleTimer timer = aTimerDueAt(T0);
        inTransaction(() -> timers().schedule(timer));

        inTransaction(() -> timers().postpone(timer.dueAt(T0.plusSeconds(30))));

        assertThat(mine(timers().due(T0.plusSeconds(29), ALL))).isEmpty();
        assertThat(mine(timers().due(T0.plusSeconds(30), ALL))).containsExactly(timer.dueAt(T0.plusSeconds(30)));
    }

    @Test
    void postponing_a_timer_that_is_gone_changes_nothing() {
        LifecycleTimer timer = aTimerDueAt(T0);

        inTransaction(() -> timers().postpone(timer));

        assertThat(mine(timers().due(T0.plusSeconds(60), ALL))).isEmpty();
    }

    @Test
    void a_timer_round_trips_with_every_kind_and_microsecond_times() {
        Instant awkward = Instant.parse("2026-11-25T09:30:15.123456Z");
        LifecycleTimer establish = new LifecycleTimer(tenant, LifecycleTimer.Kind.ESTABLISH_CALL, call,
                call.value(), awkward);
        LifecycleTimer finish = new LifecycleTimer(tenant, LifecycleTimer.Kind.FINISH_OPERATION, call,
                Ids.longest(), awkward.plusSeconds(1));
        inTransaction(() -> {
            timers().schedule(establish);
            timers().schedule(finish);
        });

        assertThat(mine(timers().due(awkward.plusSeconds(1), ALL))).containsExactly(establish, finish);
    }

    // ---- helpers

    private LifecycleTimer aTimerDueAt(Instant dueAt) {
        return new LifecycleTimer(tenant, LifecycleTimer.Kind.FINISH_OPERATION, call, Ids.random(), dueAt);
    }

    private List<LifecycleTimer> mine(List<LifecycleTimer> due) {
        return due.stream().filter(timer -> timer.tenantId().equals(tenant)).toList();
    }

    private void inTransaction(Runnable work) {
        transactions().inTransaction(() -> {
            work.run();
            return null;
        });
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
