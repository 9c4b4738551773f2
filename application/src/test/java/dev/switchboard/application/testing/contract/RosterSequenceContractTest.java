package dev.switchboard.application.testing.contract;

import dev.switchboard.application.port.out.RosterSequence;
import dev.switchboard.application.testing.fixtures.Concurrently;
import dev.switchboard.application.testing.fixtures.Ids;
import dev.switchboard.application.testing.fixtures.Tenants;
import dev.switchboard.domain.common.CallId;
import dev.switchboard.domain.common.TenantId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link RosterSequence} promises: the numbers of one call only rise, whoever asks and however many ask at
 * once. (It does not promise that they start at 1 or have no gaps.)
 */
public abstract class RosterSequenceContractTest {

    /** The adapter under test; return the same one for the whole test. */
    protected abstract RosterSequence rosterSequence();


    /** Runs before each test, for an adapter whose state outlives a test (a database) to clean up if it wants to. */
    protected void resetState() {
    }

    private TenantId tenant;
    private CallId call;

    @BeforeEach
    void eachTestHasATenantOfItsOwn() {
        resetState();
        tenant = Tenants.random();
        call = Ids.callId();
    }

    @Test
    void the_first_number_of_a_call_is_positive() {
        assertThat(rosterSequence().next(tenant, call)).isPositive();
    }

    @Test
    void the_numbers_of_one_call_only_rise() {
        List<Long> numbers = draw(tenant, call, 20);

        assertThat(numbers).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void other_calls_drawing_in_between_do_not_stop_a_call_s_numbers_rising() {
        CallId other = Ids.callId();
        TenantId stranger = Tenants.random();
        List<Long> mine = new ArrayList<>();

        for (int i = 0; i < 10; i++) {
            mine.add(rosterSequence().next(tenant, call));
            rosterSequence().next(tenant, other);
            rosterSequence().next(stranger, call);
        }

        assertThat(mine).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void two_tenants_with_the_same_call_id_each_get_rising_numbers() {
        TenantId other = Tenants.random();
        List<Long> mine = new ArrayList<>();
        List<Long> theirs = new ArrayList<>();

        for (int i = 0; i < 10; i++) {
            mine.add(rosterSequence().next(tenant, call));
            theirs.add(rosterSequence().next(other, call));
        }

        assertThat(mine).isSorted().doesNotHaveDuplicates();
        assertThat(theirs).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void the_longest_call_id_gets_numbers_too() {
        CallId longest = CallId.of(Ids.longest());

        assertThat(draw(tenant, longest, 3)).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void concurrent_callers_never_get_the_same_number_and_each_sees_them_rise() {
        int threads = 8;
        int drawsEach = 25;
        ConcurrentLinkedQueue<Long> everyNumber = new ConcurrentLinkedQueue<>();

        Concurrently.run(threads, thread -> {
            List<Long> mine = draw(tenant, call, drawsEach);
            assertThat(mine).isSorted().doesNotHaveDuplicates();
            everyNumber.addAll(mine);
        });

        assertThat(everyNumber).hasSize(threads * drawsEach).doesNotHaveDuplicates();
        assertThat(rosterSequence().next(tenant, call)).isGreaterThan(everyNumber.stream().mapToLong(n -> n).max()
                .orElseThrow());
    }

    private List<Long> draw(TenantId tenantId, CallId callId, int count) {
        List<Long> numbers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            numbers.add(rosterSequence().next(tenantId, callId));
        }
        return numbers;
    }
}
