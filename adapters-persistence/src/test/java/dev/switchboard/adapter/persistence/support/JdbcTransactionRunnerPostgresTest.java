package dev.switchboard.adapter.persistence.support;

import dev.switchboard.adapter.persistence.testing.OnPostgres;
import dev.switchboard.adapter.persistence.testing.TestDatabases;
import dev.switchboard.application.port.out.CallRecordRepository;
import dev.switchboard.application.port.out.CallRepository;
import dev.switchboard.application.port.out.OperationRepository;
import dev.switchboard.application.port.out.ParticipantRepository;
import dev.switchboard.application.port.out.RosterSequence;
import dev.switchboard.application.port.out.TransactionRunner;
import dev.switchboard.application.testing.contract.TransactionRunnerContractTest;

/** {@link JdbcTransactionRunner} keeps the {@link TransactionRunnerContractTest port contract} on PostgreSQL. */
@OnPostgres
class JdbcTransactionRunnerPostgresTest extends TransactionRunnerContractTest {

    @Override
    protected TransactionRunner transactions() {
        return TestDatabases.postgresPersistence().transactions();
    }

    @Override
    protected CallRepository calls() {
        return TestDatabases.postgresPersistence().calls();
    }

    @Override
    protected ParticipantRepository participants() {
        return TestDatabases.postgresPersistence().participants();
    }

    @Override
    protected OperationRepository operations() {
        return TestDatabases.postgresPersistence().operations();
    }

    @Override
    protected CallRecordRepository callRecords() {
        return TestDatabases.postgresPersistence().callRecords();
    }

    @Override
    protected RosterSequence rosterSequence() {
        return TestDatabases.postgresPersistence().rosterSequence();
    }
}
