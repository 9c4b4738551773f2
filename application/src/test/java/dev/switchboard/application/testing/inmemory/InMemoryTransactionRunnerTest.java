package dev.switchboard.application.testing.inmemory;

import dev.switchboard.application.port.out.CallRecordRepository;
import dev.switchboard.application.port.out.CallRepository;
import dev.switchboard.application.port.out.OperationRepository;
import dev.switchboard.application.port.out.ParticipantRepository;
import dev.switchboard.application.port.out.RosterSequence;
import dev.switchboard.application.port.out.TransactionRunner;
import dev.switchboard.application.testing.contract.TransactionRunnerContractTest;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

class InMemoryTransactionRunnerTest extends TransactionRunnerContractTest {

    private final InMemoryPorts ports = new InMemoryPorts();

    @Override
    protected TransactionRunner transactions() {
        return ports.transactions();
    }

    @Override
    protected CallRepository calls() {
        return ports.calls();
    }

    @Override
    protected ParticipantRepository participants() {
        return ports.participants();
    }

    @Override
    protected OperationRepository operations() {
        return ports.operations();
    }

    @Override
    protected CallRecordRepository callRecords() {
        return ports.callRecords();
    }

    @Override
    protected RosterSequence rosterSequence() {
        return ports.rosterSequence();
    }

    @Test
    void a_thread_knows_whether_it_is_inside_a_transaction() {
        InMemoryTransactionRunner runner = ports.transactions();
        AtomicBoolean insideSeenFromInside = new AtomicBoolean();

        runner.inTransaction(() -> {
            insideSeenFromInside.set(runner.inTransaction());
            return null;
        });

        assertThat(insideSeenFromInside).isTrue();
        assertThat(runner.inTransaction()).isFalse();
    }
}
