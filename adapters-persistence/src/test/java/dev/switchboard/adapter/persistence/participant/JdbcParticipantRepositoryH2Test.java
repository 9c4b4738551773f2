package dev.switchboard.adapter.persistence.participant;

import dev.switchboard.adapter.persistence.testing.TestDatabases;
import dev.switchboard.application.port.out.CallRepository;
import dev.switchboard.application.port.out.ParticipantRepository;
import dev.switchboard.application.testing.contract.ParticipantRepositoryContractTest;

/**
 * {@link JdbcParticipantRepository} keeps the {@link ParticipantRepositoryContractTest port contract} on H2 in
 * PostgreSQL mode.
 */
class JdbcParticipantRepositoryH2Test extends ParticipantRepositoryContractTest {

    @Override
    protected ParticipantRepository participants() {
        return TestDatabases.h2Persistence().participants();
    }

    @Override
    protected CallRepository calls() {
        return TestDatabases.h2Persistence().calls();
    }
}
