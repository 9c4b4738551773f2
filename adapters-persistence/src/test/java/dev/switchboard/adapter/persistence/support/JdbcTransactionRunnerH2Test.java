package dev.switchboard.adapter.persistence.support;

import dev.switchboard.adapter.persistence.testing.TestDatabases;
import dev.switchboard.application.port.out.CallRecordRepository;
import dev.switchboard.application.port.out.CallRepository;
import dev.switchboard.application.port.out.OperationRepository;
import dev.switchboard.application.port.out.ParticipantRepository;
import dev.switchboard.application.port.out.RosterSequence;
import dev.switchboard.application.port.out.TransactionRunner;
import dev.switchboard.application.testing.contract.TransactionRunnerContractTest;

/**
 * {@link JdbcTransactionRunner} keeps the {@link TransactionRunnerContractTest port contract} on H2 in PostgreSQL
 * mode.
 */
class JdbcTransactionRunnerH2Test extends TransactionRunnerContractTest {

    @Override
    protected TransactionRunner transactions() {
        return TestDatabases.h2Persistence().transactions();
    }

    @Override
    protected CallRepository calls() {
        return TestDatabases.h2Persistence().calls();
    }

    @Override
    protected ParticipantRepository participants() {
        return TestDatabases.h2Persistence().participants();
    }

    @Override
    protected OperationRepository operations() {
        return TestDatabases.h2Persistence().operations();
    }

    @Override
    protected CallRecordRepository callRecords() {
        return TestDatabases.h2Persistence().callRecords();
    }

    @Override
    protected RosterSequence rosterSequence() {
        return TestDatabases.h2Persistence().rosterSequence();
    }
}
