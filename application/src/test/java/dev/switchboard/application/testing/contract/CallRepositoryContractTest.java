package dev.switchboard.application.testing.contract;

import dev.switchboard.application.port.out.CallRepository;
import dev.switchboard.application.testing.fixtures.Calls;
import dev.switchboard.application.testing.fixtures.Concurrently;
import dev.switchboard.application.testing.fixtures.Ids;
import dev.switchboard.application.testing.fixtures.Tenants;
import dev.switchboard.application.testing.fixtures.Times;
import dev.switchboard.domain.call.Call;
import dev.switchboard.domain.call.CallDirection;
import dev.switchboard.domain.call.CallKind;
import dev.switchboard.domain.call.CallState;
import dev.switchboard.domain.call.MediaState;
import dev.switchboard.domain.call.NewCall;
import dev.switchboard.domain.common.CallId;
import dev.switchboard.domain.common.ResultInfo;
import dev.switchboard.domain.common.TenantId;
import dev.switchboard.domain.error.ConflictException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import static dev.switchboard.application.testing.fixtures.Calls.aCall;
import static dev.switchboard.application.testing.fixtures.Times.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every {@link CallRepository} promises. Run it against an adapter by extending it; it uses only the port, and
 * each test works in a tenant of its own, so it also passes against a shared database that already holds data.
 */
public abstract class CallRepositoryContractTest {

    /** The adapter under test; return the same one for the whole test. */
    protected abstract CallRepository calls();

    /** Runs before each test, for an adapter whose state outlives a test (a database) to clean up if it wants to. */
    protected void resetState() {
    }

    private TenantId tenant;

    @BeforeEach
    void eachTestHasATenantOfItsOwn() {
        resetState();
        tenant = Tenants.random();
    }

    // ---- insert and find

    @Test
    void an_inserted_call_comes_back_at_version_1_with_every_property() {
        Call call = aCall().tenant(tenant).build();

        Call stored = calls().insert(call);

        assertThat(stored).isEqualTo(call.withVersion(1));
        Expect.sameInEveryField(calls().find(tenant, call.id()), call.withVersion(1));
    }

    @Test
    void a_call_placed_by_the_domain_is_stored_at_version_1() {
        Call placed = Call.place(tenant, Ids.callId(), Ids.random(), Ids.participantId(), Calls.aPeerToPeerSpec(),
                Calls.APPLICATION, T0);

        calls().insert(placed);

        Expect.sameInEveryField(calls().find(tenant, placed.id()), placed.withVersion(1));
    }

    @Test
    void a_sparse_call_keeps_its_nulls_as_nulls_and_its_blanks_as_blanks() {
        Call call = aCall().tenant(tenant).spec(Calls.aSparseSpec()).build();

        calls().insert(call);

        Expect.sameInEveryField(calls().find(tenant, call.id()), call.withVersion(1));
    }

    @Test
    void every_kind_of_meeting_and_media_configuration_round_trips() {
        for (NewCall spec : Calls.specsForEveryKindOfMeetingAndMedia()) {
            Call call = aCall().tenant(tenant).spec(spec).build();

            calls().insert(call);

            Expect.sameInEveryField(calls().find(tenant, call.id()), call.withVersion(1));
        }
    }

    @Test
    void every_state_direction_kind_and_media_state_round_trips() {
        List<Call> calls = new ArrayList<>();
        for (CallState state : CallState.values()) {
            if (state != CallState.TERMINATED && state != CallState.UNKNOWN_FUTURE_VALUE) {
                calls.add(aCall().tenant(tenant).state(state).build());
            }
        }
        for (CallDirection direction : CallDirection.values()) {
            calls.add(aCall().tenant(tenant).direction(direction).build());
        }
        for (CallKind kind : CallKind.values()) {
            calls.add(aCall().tenant(tenant).kind(kind).build());
        }
        for (MediaState mediaState : MediaState.values()) {
            calls.add(aCall().tenant(tenant).mediaState(mediaState).build());
        }

        calls.forEach(calls()::insert);

        calls.forEach(call -> Expect.sameInEveryField(calls().find(tenant, call.id()), call.withVersion(1)));
    }

    @Test
    void a_terminated_call_keeps_why_and_when_it_ended() {
        Call call = aCall().tenant(tenant).terminatedAt(T0.plus(Duration.ofMinutes(20)), ResultInfo.KEEP_ALIVE_TIMEOUT)
                .build();

        calls().insert(call);

        Expect.sameInEveryField(calls().find(tenant, call.id()), call.withVersion(1));
    }

    @Test
    void timestamps_keep_their_microseconds_and_survive_awkward_dates() {
        for (Instant at : Times.AWKWARD) {
            Call call = aCall().tenant(tenant).createdAt(at).lastKeepAliveAt(at).terminatedAt(at).build();

            calls().insert(call);

            Expect.sameInEveryField(calls().find(tenant, call.id()), call.withVersion(1));
        }
    }

    @Test
    void the_longest_id_round_trips() {
        Call call = aCall().tenant(tenant).id(Ids.longest()).callChainId(Ids.longest()).build();

        calls().insert(call);

        Expect.sameInEveryField(calls().find(tenant, call.id()), call.withVersion(1));
    }

    @Test
    void a_call_never_stored_is_not_found() {
        assertThat(calls().find(tenant, Ids.callId())).isEmpty();
    }

    @Test
    void inserting_a_call_twice_is_refused_with_a_conflict_and_keeps_the_first() {
        Call first = aCall().tenant(tenant).build();
        calls().insert(first);
        Call again = aCall().tenant(tenant).id(first.id()).state(CallState.HOLD).build();

        assertThatThrownBy(() -> calls().insert(again)).isInstanceOf(ConflictException.class);

        assertThat(calls().find(tenant, first.id())).contains(first.withVersion(1));
    }

    // ---- tenants

    @Test
    void another_tenant_never_sees_the_call() {
        Call call = calls().insert(aCall().tenant(tenant).build());
        TenantId other = Tenants.random();

        assertThat(calls().find(other, call.id())).isEmpty();
        assertThat(calls().findPage(other, Optional.empty(), 10)).isEmpty();
    }

    @Test
    void two_tenants_may_use_the_same_call_id_without_touching_each_other() {
        TenantId other = Tenants.random();
        Call mine = calls().insert(aCall().tenant(tenant).state(CallState.ESTABLISHING).build());
        Call theirs = calls().insert(aCall().tenant(other).id(mine.id()).state(CallState.HOLD).build());

        calls().update(theirs.keepAlive(T0.plus(Duration.ofMinutes(9))));

        assertThat(calls().find(tenant, mine.id())).contains(mine);
        assertThat(calls().find(other, mine.id()).map(Call::version)).contains(2L);
    }

    @Test
    void an_update_under_another_tenant_is_refused_and_changes_nothing() {
        Call mine = calls().insert(aCall().tenant(tenant).build());
        Call forged = aCall().tenant(Tenants.random()).id(mine.id()).version(mine.version()).build();

        assertThatThrownBy(() -> calls().update(forged)).isInstanceOf(ConflictException.class);

        assertThat(calls().find(tenant, mine.id())).contains(mine);
    }

    // ---- update

    @Test
    void an_update_stores_the_change_and_raises_the_version_by_one() {
        Call stored = calls().insert(aCall().tenant(tenant).state(CallState.ESTABLISHING).build());
        Call established = stored.establish(T0.plusSeconds(5));

        Call updated = calls().update(established);

        assertThat(updated).isEqualTo(established.withVersion(2));
        Expect.sameInEveryField(calls().find(tenant, stored.id()), established.withVersion(2));
    }

    @Test
    void each_update_raises_the_version_by_exactly_one() {
        Call call = calls().insert(aCall().tenant(tenant).build());

        for (int i = 1; i <= 5; i++) {
            call = calls().update(call.keepAlive(T0.plus(Duration.ofMinutes(i))));
        }

        assertThat(call.version()).isEqualTo(6);
        assertThat(calls().find(tenant, call.id())).contains(call);
    }

    @Test
    void an_update_can_end_a_call() {
        Call stored = calls().insert(aCall().tenant(tenant).build());
        Call ended = stored.hangUp(T0.plus(Duration.ofMinutes(30)));

        calls().update(ended);

        Expect.sameInEveryField(calls().find(tenant, stored.id()), ended.withVersion(2));
    }

    @Test
    void a_stale_update_is_refused_with_a_conflict() {
        Call read = calls().insert(aCall().tenant(tenant).build());
        Call winner = calls().update(read.keepAlive(T0.plus(Duration.ofMinutes(10))));

        assertThatThrownBy(() -> calls().update(read.hangUp(T0.plus(Duration.ofMinutes(11)))))
                .isInstanceOf(ConflictException.class);

        assertThat(calls().find(tenant, read.id())).contains(winner);
    }

    @Test
    void an_update_from_the_future_is_refused_with_a_conflict() {
        Call stored = calls().insert(aCall().tenant(tenant).build());

        assertThatThrownBy(() -> calls().update(stored.withVersion(7))).isInstanceOf(ConflictException.class);

        assertThat(calls().find(tenant, stored.id())).contains(stored);
    }

    @Test
    void an_update_of_a_call_never_stored_is_refused_with_a_conflict_and_stores_nothing() {
        Call missing = aCall().tenant(tenant).version(1).build();

        assertThatThrownBy(() -> calls().update(missing)).isInstanceOf(ConflictException.class);

        assertThat(calls().find(tenant, missing.id())).isEmpty();
    }

    @Test
    void concurrent_updates_of_one_call_never_lose_one() {
        Call call = calls().insert(aCall().tenant(tenant).build());
        int threads = 8;
        int updatesEach = 10;

        Concurrently.run(threads, thread -> {
            for (int i = 0; i < updatesEach; i++) {
                Concurrently.retryingOnConflict(() -> {
                    Call current = calls().find(tenant, call.id()).orElseThrow();
                    return calls().update(current.keepAlive(current.lastKeepAliveDateTime().plusSeconds(1)));
                });
            }
        });

        Call last = calls().find(tenant, call.id()).orElseThrow();
        int updates = threads * updatesEach;
        assertThat(last.version()).isEqualTo(1 + updates);
        assertThat(last.lastKeepAliveDateTime()).isEqualTo(call.lastKeepAliveDateTime().plusSeconds(updates));
    }

    // ---- pages

    @Test
    void pages_cover_every_call_exactly_once_in_id_order() {
        List<Call> stored = insertCalls(7);
        List<CallId> seen = new ArrayList<>();
        Optional<CallId> after = Optional.empty();

        List<Call> page;
        int pages = 0;
        do {
            page = calls().findPage(tenant, after, 3);
            assertThat(page).hasSizeLessThanOrEqualTo(3);
            page.forEach(call -> seen.add(call.id()));
            after = page.isEmpty() ? after : Optional.of(page.get(page.size() - 1).id());
            assertThat(++pages).as("pages read (a page that does not move on repeats forever)")
                    .isLessThanOrEqualTo(stored.size() + 1);
        } while (!page.isEmpty());

        assertThat(seen).containsExactlyElementsOf(stored.stream().map(Call::id).toList());
    }

    @Test
    void a_page_holds_the_calls_themselves() {
        Call call = calls().insert(aCall().tenant(tenant).build());

        Expect.sameInEveryField(calls().findPage(tenant, Optional.empty(), 10), List.of(call));
    }

    @Test
    void a_page_starts_strictly_after_the_given_id_even_one_never_stored() {
        List<Call> stored = insertCalls(4);
        CallId second = stored.get(1).id();
        CallId betweenSecondAndThird = CallId.of(second.value() + "0");

        assertThat(calls().findPage(tenant, Optional.of(second), 10)).containsExactlyElementsOf(stored.subList(2, 4));
        assertThat(calls().findPage(tenant, Optional.of(betweenSecondAndThird), 10))
                .containsExactlyElementsOf(stored.subList(2, 4));
    }

    @Test
    void a_page_holds_at_most_the_limit_and_all_when_fewer_remain() {
        List<Call> stored = insertCalls(3);

        assertThat(calls().findPage(tenant, Optional.empty(), 1)).containsExactly(stored.get(0));
        assertThat(calls().findPage(tenant, Optional.empty(), 3)).containsExactlyElementsOf(stored);
        assertThat(calls().findPage(tenant, Optional.empty(), 100)).containsExactlyElementsOf(stored);
    }

    @Test
    void a_limit_of_zero_gives_an_empty_page() {
        insertCalls(2);

        assertThat(calls().findPage(tenant, Optional.empty(), 0)).isEmpty();
    }

    @Test
    void the_page_after_the_last_call_is_empty() {
        List<Call> stored = insertCalls(2);

        assertThat(calls().findPage(tenant, Optional.of(stored.get(1).id()), 10)).isEmpty();
    }

    @Test
    void a_tenant_without_calls_has_an_empty_first_page() {
        assertThat(calls().findPage(tenant, Optional.empty(), 10)).isEmpty();
    }

    @Test
    void pages_show_terminated_calls_too() {
        Call ended = calls().insert(aCall().tenant(tenant).terminatedAt(T0.plusSeconds(60)).build());

        assertThat(calls().findPage(tenant, Optional.empty(), 10)).containsExactly(ended);
    }

    /** Inserts {@code count} calls of the test's tenant and returns them as stored, in id order. */
    private List<Call> insertCalls(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> calls().insert(aCall().tenant(tenant).build()))
                .sorted(Comparator.comparing(call -> call.id().value()))
                .toList();
    }
}
