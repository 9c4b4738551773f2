package dev.switchboard.adapter.persistence.operation;

import dev.switchboard.adapter.persistence.testing.OnPostgres;
import dev.switchboard.adapter.persistence.testing.TestDatabases;
import dev.switchboard.application.port.out.OperationRepository;
import dev.switchboard.application.testing.contract.OperationRepositoryContractTest;

/** {@link JdbcOperationRepository} keeps the {@link OperationRepositoryContractTest port contract} on PostgreSQL. */
@OnPostgres
class JdbcOperationRepositoryPostgresTest extends OperationRepositoryContractTest {

    @Override
    protected OperationRepository operations() {
        return TestDatabases.postgresPersistence().operations();
    }
}
