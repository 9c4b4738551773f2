package dev.switchboard.adapter.persistence.call;

import dev.switchboard.adapter.persistence.testing.OnPostgres;
import dev.switchboard.adapter.persistence.testing.TestDatabases;
import dev.switchboard.application.port.out.CallRepository;
import dev.switchboard.application.testing.contract.CallRepositoryContractTest;

/** {@link JdbcCallRepository} keeps the {@link CallRepositoryContractTest port contract} on PostgreSQL. */
@OnPostgres
class JdbcCallRepositoryPostgresTest extends CallRepositoryContractTest {

    @Override
    protected CallRepository calls() {
        return TestDatabases.postgresPersistence().calls();
    }
}
