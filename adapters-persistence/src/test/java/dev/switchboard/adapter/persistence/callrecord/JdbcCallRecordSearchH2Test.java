package dev.switchboard.adapter.persistence.callrecord;

import dev.switchboard.adapter.persistence.testing.TestDatabases;
import dev.switchboard.application.port.out.CallRecordRepository;
import dev.switchboard.application.port.out.CallRecordSearch;
import dev.switchboard.application.testing.contract.CallRecordSearchContractTest;

/**
 * {@link JdbcCallRecordSearch} keeps the {@link CallRecordSearchContractTest port contract} on H2 in PostgreSQL mode.
 */
class JdbcCallRecordSearchH2Test extends CallRecordSearchContractTest {

    @Override
    protected CallRecordRepository callRecords() {
        return TestDatabases.h2Persistence().callRecords();
    }

    @Override
    protected CallRecordSearch callRecordSearch() {
        return TestDatabases.h2Persistence().callRecordSearch();
    }
}
