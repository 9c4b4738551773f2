package dev.switchboard.adapter.persistence.operation;

import dev.switchboard.adapter.persistence.testing.TestDatabases;
import dev.switchboard.application.port.out.OperationRepository;
import dev.switchboard.application.testing.contract.OperationRepositoryContractTest;

/**
 * {@link JdbcOperationRepository} keeps the {@link OperationRepositoryContractTest port contract} on H2 in PostgreSQL
 * mode.
 */
class JdbcOperationRepositoryH2Test extends OperationRepositoryContractTest {

    @Override
    protected OperationRepository operations() {
        return TestDatabases.h2Persistence().operations();
    }
}
