package dev.switchboard.application.testing.contract;

import dev.switchboard.application.port.out.CallRecordRepository;
import dev.switchboard.application.port.out.CallRepository;
import dev.switchboard.application.port.out.OperationRepository;
import dev.switchboard.application.port.out.ParticipantRepository;
import dev.switchboard.application.port.out.RosterSequence;
import dev.switchboard.application.port.out.TransactionRunner;
import dev.switchboard.application.testing.fixtures.Concurrently;
import dev.switchboard.application.testing.fixtures.Tenants;
import dev.switchboard.domain.call.Call;
import dev.switchboard.domain.callrecord.CallRecord;
import dev.switchboard.domain.common.TenantId;
import dev.switchboard.domain.error.ConflictException;
import dev.switchboard.domain.error.NotFoundException;
import dev.switchboard.domain.operation.CommsOperation;
import dev.switchboard.domain.operation.MuteParticipantOperation;
import dev.switchboard.domain.participant.Participant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;

import static dev.switchboard.application.testing.fixtures.CallRecords.aCallRecord;
import static dev.switchboard.application.testing.fixtures.Calls.aCall;
import static dev.switchboard.application.testing.fixtures.Operations.anOperation;
import static dev.switchboard.application.testing.fixtures.Participants.aParticipant;
import static dev.switchboard.application.testing.fixtures.Times.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every {@link TransactionRunner} promises, together with the repositories of its family: the work it runs is
 * committed whole, or, if the work throws, not at all, and the failure reaches the caller unchanged. The repositories
 * must come from the same adapter family as the runner, so that they join its transactions. The factories are first
 * called from a {@code @BeforeEach} (which stores the test's call), so they must be ready as soon as the test instance
 * is: fields, or injected.
 */
public abstract class TransactionRunnerContractTest {

    /** The runner under test. */
    protected abstract TransactionRunner transactions();

    /** The repositories that must join the runner's transactions; return the same ones for the whole test. */
    protected abstract CallRepository calls();

    protected abstract ParticipantRepository participants();

    protected abstract OperationRepository operations();

    protected abstract CallRecordRepository callRecords();

    protected abstract RosterSequence rosterSequence();

    /** Runs before each test, for an adapter whose state outlives a test (a database) to clean up if it wants to. */
    protected void resetState() {
    }

    private TenantId tenant;
    private Call call;

    @BeforeEach
    void eachTestHasATenantAndACallOfItsOwn() {
        resetState();
        tenant = Tenants.random();
        call = calls().insert(aCall().tenant(tenant).build());
    }

    @Test
    void the_work_s_result_is_returned() {
        assertThat(transactions().inTransaction(() -> "done")).isEqualTo("done");
        assertThat(transactions().<Object>inTransaction(() -> null)).isNull();
    }

    @Test
    void everything_written_by_work_that_returns_is_committed() {
        Participant participant = aParticipant().of(call).build();
        CommsOperation operation = anOperation().of(call).build();

        transactions().inTransaction(() -> {
            participants().insert(participant);
            operations().insert(operation);
            return calls().update(call.keepAlive(T0.plusSeconds(60)));
        });

        assertThat(participants().find(tenant, call.id(), participant.id())).isPresent();
        assertThat(operations().find(tenant, call.id(), operation.id())).isPresent();
        assertThat(calls().find(tenant, call.id()).map(Call::version)).contains(2L);
    }

    @Test
    void work_sees_its_own_writes() {
        Participant participant = aParticipant().of(call).build();

        Optional<Participant> seen = transactions().inTransaction(() -> {
            participants().insert(participant);
            return participants().find(tenant, call.id(), participant.id());
        });

        assertThat(seen).contains(participant.withVersion(1));
    }

    @Test
    void a_failed_transaction_leaves_neither_the_participant_nor_the_operation() {
        Participant participant = aParticipant().of(call).build();
        CommsOperation operation = anOperation().of(call).build();

        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            participants().insert(participant);
            operations().insert(operation);
            throw new IllegalStateException("the invitation could not be sent");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(participants().find(tenant, call.id(), participant.id())).isEmpty();
        assertThat(operations().find(tenant, call.id(), operation.id())).isEmpty();
        assertThat(participants().findAll(tenant, call.id())).isEmpty();
    }

    @Test
    void the_failure_reaches_the_caller_unchanged() {
        RuntimeException failure = new NotFoundException("participant", "p1");

        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            participants().insert(aParticipant().of(call).build());
            throw failure;
        })).isSameAs(failure);
    }

    @Test
    void a_conflict_inside_rolls_back_what_was_written_before_it() {
        Participant participant = aParticipant().of(call).build();
        Call stale = call;
        calls().update(call.keepAlive(T0.plusSeconds(30)));

        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            participants().insert(participant);
            return calls().update(stale.hangUp(T0.plusSeconds(60)));
        })).isInstanceOf(ConflictException.class);

        assertThat(participants().find(tenant, call.id(), participant.id())).isEmpty();
        assertThat(calls().find(tenant, call.id()).map(Call::isTerminated)).contains(false);
    }

    @Test
    void a_failed_transaction_undoes_updates_too() {
        Participant participant = participants().insert(aParticipant().of(call).build());
        CommsOperation operation = operations().insert(anOperation().of(call).build());

        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            participants().update(participant.mute());
            operations().update(operation.complete(T0.plusSeconds(5)));
            calls().update(call.hangUp(T0.plusSeconds(60)));
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(participants().find(tenant, call.id(), participant.id())).contains(participant);
        assertThat(operations().find(tenant, call.id(), operation.id())).contains(operation);
        assertThat(calls().find(tenant, call.id())).contains(call);
    }

    @Test
    void a_failed_transaction_leaves_no_call_record_and_no_ended_call() {
        CallRecord record = aCallRecord().tenant(tenant).id(call.callChainId()).build();

        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            calls().update(call.hangUp(T0.plus(Duration.ofMinutes(30))));
            callRecords().insert(record);
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(callRecords().find(tenant, record.id())).isEmpty();
        assertThat(calls().find(tenant, call.id())).contains(call);
    }

    @Test
    void a_nested_transaction_joins_the_outer_one_and_rolls_back_with_it() {
        Participant inner = aParticipant().of(call).build();
        Participant outer = aParticipant().of(call).build();

        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            participants().insert(outer);
            transactions().inTransaction(() -> participants().insert(inner));
            throw new IllegalStateException("after the inner one returned");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(participants().findAll(tenant, call.id())).isEmpty();
    }

    @Test
    void a_nested_transaction_commits_with_the_outer_one() {
        Participant inner = aParticipant().of(call).build();
        Participant outer = aParticipant().of(call).build();

        transactions().inTransaction(() -> {
            participants().insert(outer);
            return transactions().inTransaction(() -> participants().insert(inner));
        });

        assertThat(participants().findAll(tenant, call.id())).hasSize(2);
    }

    @Test
    void a_failed_transaction_does_not_disturb_the_next_one() {
        Participant failed = aParticipant().of(call).build();
        Participant next = aParticipant().of(call).build();

        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            participants().insert(failed);
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);
        transactions().inTransaction(() -> participants().insert(next));

        assertThat(participants().findAll(tenant, call.id())).extracting(Participant::id).containsExactly(next.id());
    }

    @Test
    void roster_numbers_after_a_rollback_still_rise_above_every_committed_one() {
        long committed = transactions().inTransaction(() -> rosterSequence().next(tenant, call.id()));
        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            rosterSequence().next(tenant, call.id());
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(rosterSequence().next(tenant, call.id())).isGreaterThan(committed);
    }

    @Test
    void concurrent_transactions_each_commit_all_of_their_own_writes() {
        int threads = 8;
        int transactionsEach = 5;
        ConcurrentLinkedQueue<Long> rosterNumbers = new ConcurrentLinkedQueue<>();

        Concurrently.run(threads, thread -> {
            for (int i = 0; i < transactionsEach; i++) {
                transactions().inTransaction(() -> {
                    long number = rosterSequence().next(tenant, call.id());
                    rosterNumbers.add(number);
                    Participant joined = participants().insert(aParticipant().of(call).rosterSequenceNumber(number)
                            .build());
                    return operations().insert(anOperation().of(call).kind(
                            new MuteParticipantOperation(joined.id())).build());
                });
            }
        });

        List<Participant> all = participants().findAll(tenant, call.id());
        assertThat(all).hasSize(threads * transactionsEach);
        assertThat(all).extracting(Participant::rosterSequenceNumber).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(rosterNumbers);
    }

    @Test
    void concurrent_read_modify_write_transactions_never_lose_an_update() {
        int threads = 8;
        int updatesEach = 10;

        Concurrently.run(threads, thread -> {
            for (int i = 0; i < updatesEach; i++) {
                Concurrently.retryingOnConflict(() -> transactions().inTransaction(() -> {
                    Call current = calls().find(tenant, call.id()).orElseThrow();
                    return calls().update(current.keepAlive(current.lastKeepAliveDateTime().plusSeconds(1)));
                }));
            }
        });

        Call last = calls().find(tenant, call.id()).orElseThrow();
        assertThat(last.version()).isEqualTo(1 + threads * updatesEach);
        assertThat(last.lastKeepAliveDateTime())
                .isEqualTo(call.lastKeepAliveDateTime().plusSeconds(threads * updatesEach));
    }

    @Test
    void concurrent_failing_and_succeeding_transactions_keep_exactly_the_committed_writes() {
        int threads = 8;
        ConcurrentLinkedQueue<Participant> committed = new ConcurrentLinkedQueue<>();

        Concurrently.run(threads, thread -> {
            for (int i = 0; i < 6; i++) {
                Participant participant = aParticipant().of(call).build();
                boolean fails = (thread + i) % 2 == 0;
                try {
                    transactions().inTransaction(() -> {
                        participants().insert(participant);
                        if (fails) {
                            throw new IllegalStateException("boom");
                        }
                        return null;
                    });
                    committed.add(participant.withVersion(1));
                } catch (IllegalStateException expected) {
                    // rolled back
                }
            }
        });

        assertThat(participants().findAll(tenant, call.id())).containsExactlyInAnyOrderElementsOf(
                new ArrayList<>(committed));
    }
}
