package dev.switchboard.adapter.persistence.callrecord;

import dev.switchboard.adapter.persistence.testing.TestDatabases;
import dev.switchboard.application.port.out.CallRecordRepository;
import dev.switchboard.application.testing.contract.CallRecordRepositoryContractTest;

/**
 * {@link JdbcCallRecordRepository} keeps the {@link CallRecordRepositoryContractTest port contract} on H2 in
 * PostgreSQL mode.
 */
class JdbcCallRecordRepositoryH2Test extends CallRecordRepositoryContractTest {

    @Override
    protected CallRecordRepository callRecords() {
        return TestDatabases.h2Persistence().callRecords();
    }
}
