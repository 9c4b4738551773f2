package dev.switchboard.adapter.persistence.call;

import dev.switchboard.adapter.persistence.testing.TestDatabases;
import dev.switchboard.application.port.out.CallRepository;
import dev.switchboard.application.testing.contract.CallRepositoryContractTest;

/** {@link JdbcCallRepository} keeps the {@link CallRepositoryContractTest port contract} on H2 in PostgreSQL mode. */
class JdbcCallRepositoryH2Test extends CallRepositoryContractTest {

    @Override
    protected CallRepository calls() {
        return TestDatabases.h2Persistence().calls();
    }
}
