package dev.switchboard.application.testing.contract;

import dev.switchboard.application.port.out.OperationRepository;
import dev.switchboard.application.testing.fixtures.Calls;
import dev.switchboard.application.testing.fixtures.Concurrently;
import dev.switchboard.application.testing.fixtures.Identities;
import dev.switchboard.application.testing.fixtures.Ids;
import dev.switchboard.application.testing.fixtures.Operations;
import dev.switchboard.application.testing.fixtures.Tenants;
import dev.switchboard.application.testing.fixtures.Times;
import dev.switchboard.domain.common.CallId;
import dev.switchboard.domain.common.OperationId;
import dev.switchboard.domain.common.ParticipantId;
import dev.switchboard.domain.common.Patch;
import dev.switchboard.domain.common.ResultInfo;
import dev.switchboard.domain.common.TenantId;
import dev.switchboard.domain.error.ConflictException;
import dev.switchboard.domain.operation.CommsOperation;
import dev.switchboard.domain.operation.InviteParticipantsOperation;
import dev.switchboard.domain.operation.MuteParticipantOperation;
import dev.switchboard.domain.operation.OperationKind;
import dev.switchboard.domain.operation.OperationPatch;
import dev.switchboard.domain.operation.OperationStatus;
import dev.switchboard.domain.participant.InvitationParticipantInfo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import static dev.switchboard.application.testing.fixtures.Operations.anOperation;
import static dev.switchboard.application.testing.fixtures.Times.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every {@link OperationRepository} promises. Operations are keyed by tenant, call and id, and come back as the
 * kind they were stored as. Uses only the port, each test in a tenant of its own.
 */
public abstract class OperationRepositoryContractTest {

    /** The adapter under test; return the same one for the whole test. */
    protected abstract OperationRepository operations();


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

    // ---- insert and find

    @Test
    void an_inserted_operation_comes_back_at_version_1_with_every_property() {
        CommsOperation operation = inTheCall().build();

        CommsOperation stored = operations().insert(operation);

        assertThat(stored).isEqualTo(operation.withVersion(1));
        Expect.sameInEveryField(find(operation.id()), operation.withVersion(1));
    }

    @Test
    void every_kind_of_operation_comes_back_as_its_kind() {
        for (OperationKind kind : Operations.everyKind()) {
            CommsOperation operation = inTheCall().kind(kind).build();

            operations().insert(operation);

            Expect.sameInEveryField(find(operation.id()), operation.withVersion(1));
        }
    }

    @Test
    void every_status_round_trips_with_its_result() {
        List<CommsOperation> all = List.of(
                inTheCall().status(OperationStatus.NOT_STARTED).build(),
                inTheCall().status(OperationStatus.RUNNING).build(),
                inTheCall().completedAt(T0.plusSeconds(3)).build(),
                inTheCall().failed().build(),
                inTheCall().status(OperationStatus.COMPLETED).resultInfo(null).build());

        all.forEach(operations()::insert);

        all.forEach(operation -> Expect.sameInEveryField(find(operation.id()), operation.withVersion(1)));
    }

    @Test
    void an_operation_started_by_the_domain_round_trips() {
        CommsOperation started = CommsOperation.start(tenant, call, Ids.operationId(), Operations.aMute(), null, T0);

        operations().insert(started);

        Expect.sameInEveryField(find(started.id()), started.withVersion(1));
    }

    @Test
    void a_client_context_keeps_null_empty_and_longest_apart() {
        List<CommsOperation> all = List.of(
                inTheCall().clientContext(null).build(),
                inTheCall().clientContext("").build(),
                inTheCall().clientContext("ü".repeat(256)).build(),
                inTheCall().resultInfo(new ResultInfo(500, 0, null)).build(),
                inTheCall().resultInfo(new ResultInfo(0, 0, "")).build());

        all.forEach(operations()::insert);

        all.forEach(operation -> Expect.sameInEveryField(find(operation.id()), operation.withVersion(1)));
    }

    @Test
    void the_invitees_of_an_invitation_round_trip_in_order_with_their_dynamic_properties() {
        List<InvitationParticipantInfo> invitees = IntStream.range(0, InviteParticipantsOperation.MAX_INVITEES)
                .mapToObj(i -> i % 10 == 0 ? Calls.anInvitee()
                        : InvitationParticipantInfo.of(Identities.aUser(Ids.random(), "Invitee " + i)))
                .toList();
        CommsOperation operation = inTheCall().kind(new InviteParticipantsOperation(invitees)).build();

        operations().insert(operation);

        Expect.sameInEveryField(find(operation.id()), operation.withVersion(1));
    }

    @Test
    void timestamps_keep_their_microseconds_and_survive_awkward_dates() {
        for (Instant at : Times.AWKWARD) {
            CommsOperation operation = inTheCall().createdAt(at).lastModifiedAt(at).build();

            operations().insert(operation);

            Expect.sameInEveryField(find(operation.id()), operation.withVersion(1));
        }
    }

    @Test
    void the_longest_ids_round_trip() {
        CallId longCall = CallId.of(Ids.longest());
        CommsOperation operation = anOperation().tenant(tenant).call(longCall).id(Ids.longest())
                .kind(new MuteParticipantOperation(ParticipantId.of(Ids.longest()))).build();

        operations().insert(operation);

        Expect.sameInEveryField(operations().find(tenant, longCall, operation.id()), operation.withVersion(1));
    }

    @Test
    void an_operation_never_stored_is_not_found() {
        assertThat(find(Ids.operationId())).isEmpty();
    }

    @Test
    void inserting_an_operation_twice_is_refused_with_a_conflict_and_keeps_the_first() {
        CommsOperation first = operations().insert(inTheCall().build());

        assertThatThrownBy(() -> operations().insert(inTheCall().id(first.id()).kind(Operations.aMute()).build()))
                .isInstanceOf(ConflictException.class);

        assertThat(find(first.id())).contains(first);
    }

    @Test
    void the_same_operation_id_may_be_used_in_another_call() {
        CommsOperation here = operations().insert(inTheCall().build());
        CallId otherCall = Ids.callId();

        CommsOperation there = operations().insert(anOperation().tenant(tenant).call(otherCall).id(here.id())
                .kind(Operations.anUnmute()).build());

        assertThat(find(here.id())).contains(here);
        assertThat(operations().find(tenant, otherCall, here.id())).contains(there);
    }

    // ---- tenants and calls

    @Test
    void another_tenant_never_sees_the_operation() {
        CommsOperation operation = operations().insert(inTheCall().build());

        assertThat(operations().find(Tenants.random(), call, operation.id())).isEmpty();
    }

    @Test
    void another_call_never_sees_the_operation() {
        CommsOperation operation = operations().insert(inTheCall().build());

        assertThat(operations().find(tenant, Ids.callId(), operation.id())).isEmpty();
    }

    @Test
    void two_tenants_may_use_the_same_ids_without_touching_each_other() {
        TenantId other = Tenants.random();
        CommsOperation mine = operations().insert(inTheCall().build());
        CommsOperation theirs = operations().insert(anOperation().tenant(other).call(call).id(mine.id()).build());

        operations().update(theirs.complete(T0.plusSeconds(1)));

        assertThat(find(mine.id())).contains(mine);
        assertThat(operations().find(other, call, mine.id()).map(CommsOperation::status))
                .contains(OperationStatus.COMPLETED);
    }

    @Test
    void an_update_under_another_tenant_is_refused_and_changes_nothing() {
        CommsOperation mine = operations().insert(inTheCall().build());
        CommsOperation forged = anOperation().tenant(Tenants.random()).call(call).id(mine.id()).version(1)
                .completedAt(T0.plusSeconds(1)).build();

        assertThatThrownBy(() -> operations().update(forged)).isInstanceOf(ConflictException.class);

        assertThat(find(mine.id())).contains(mine);
    }

    // ---- update

    @Test
    void an_update_stores_the_change_and_raises_the_version_by_one() {
        CommsOperation stored = operations().insert(inTheCall().build());
        CommsOperation failed = stored.fail(new ResultInfo(408, 5410, "Timed out."), T0.plusSeconds(30));

        CommsOperation updated = operations().update(failed);

        assertThat(updated).isEqualTo(failed.withVersion(2));
        Expect.sameInEveryField(find(stored.id()), failed.withVersion(2));
    }

    @Test
    void an_update_can_clear_the_client_context() {
        CommsOperation stored = operations().insert(inTheCall().build());
        CommsOperation cleared = stored.update(OperationPatch.empty().withClientContext(Patch.cleared()),
                T0.plusSeconds(1));

        operations().update(cleared);

        Expect.sameInEveryField(find(stored.id()), cleared.withVersion(2));
    }

    @Test
    void a_stale_update_is_refused_with_a_conflict() {
        CommsOperation read = operations().insert(inTheCall().build());
        CommsOperation winner = operations().update(read.complete(T0.plusSeconds(1)));

        assertThatThrownBy(() -> operations().update(read.fail(new ResultInfo(500, 0, "late"), T0.plusSeconds(2))))
                .isInstanceOf(ConflictException.class);

        assertThat(find(read.id())).contains(winner);
    }

    @Test
    void an_update_of_an_operation_never_stored_is_refused_with_a_conflict_and_stores_nothing() {
        CommsOperation missing = inTheCall().version(1).build();

        assertThatThrownBy(() -> operations().update(missing)).isInstanceOf(ConflictException.class);

        assertThat(find(missing.id())).isEmpty();
    }

    @Test
    void concurrent_updates_of_one_operation_never_lose_one() {
        CommsOperation operation = operations().insert(inTheCall().clientContext("0").build());
        int threads = 8;
        int updatesEach = 10;

        Concurrently.run(threads, thread -> {
            for (int i = 0; i < updatesEach; i++) {
                Concurrently.retryingOnConflict(() -> {
                    CommsOperation current = find(operation.id()).orElseThrow();
                    String next = Integer.toString(Integer.parseInt(current.clientContext()) + 1);
                    return operations().update(current.update(
                            OperationPatch.empty().withClientContext(Patch.of(next)), T0.plusSeconds(1)));
                });
            }
        });

        CommsOperation last = find(operation.id()).orElseThrow();
        assertThat(last.version()).isEqualTo(1 + threads * updatesEach);
        assertThat(last.clientContext()).isEqualTo(Integer.toString(threads * updatesEach));
    }

    // ---- helpers

    private Operations.Builder inTheCall() {
        return anOperation().tenant(tenant).call(call);
    }

    private Optional<CommsOperation> find(OperationId id) {
        return operations().find(tenant, call, id);
    }
}
