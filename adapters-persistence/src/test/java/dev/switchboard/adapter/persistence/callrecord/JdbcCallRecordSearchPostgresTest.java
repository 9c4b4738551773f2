package dev.switchboard.adapter.persistence.callrecord;

import dev.switchboard.adapter.persistence.testing.OnPostgres;
import dev.switchboard.adapter.persistence.testing.TestDatabases;
import dev.switchboard.application.port.out.CallRecordRepository;
import dev.switchboard.application.port.out.CallRecordSearch;
import dev.switchboard.application.testing.contract.CallRecordSearchContractTest;

/** {@link JdbcCallRecordSearch} keeps the {@link CallRecordSearchContractTest port contract} on PostgreSQL. */
@OnPostgres
class JdbcCallRecordSearchPostgresTest extends CallRecordSearchContractTest {

    @Override
    protected CallRecordRepository callRecords() {
        return TestDatabases.postgresPersistence().callRecords();
    }

    @Override
    protected CallRecordSearch callRecordSearch() {
        return TestDatabases.postgresPersistence().callRecordSearch();
    }
}
