package dev.switchboard.adapter.persistence.callrecord;

import dev.switchboard.adapter.persistence.testing.OnPostgres;
import dev.switchboard.adapter.persistence.testing.TestDatabases;
import dev.switchboard.application.port.out.CallRecordRepository;
import dev.switchboard.application.testing.contract.CallRecordRepositoryContractTest;

/** {@link JdbcCallRecordRepository} keeps the {@link CallRecordRepositoryContractTest port contract} on PostgreSQL. */
@OnPostgres
class JdbcCallRecordRepositoryPostgresTest extends CallRecordRepositoryContractTest {

    @Override
    protected CallRecordRepository callRecords() {
        return TestDatabases.postgresPersistence().callRecords();
    }
}
