package dev.switchboard.adapter.persistence.participant;

import dev.switchboard.adapter.persistence.testing.OnPostgres;
import dev.switchboard.adapter.persistence.testing.TestDatabases;
import dev.switchboard.application.port.out.CallRepository;
import dev.switchboard.application.port.out.ParticipantRepository;
import dev.switchboard.application.testing.contract.ParticipantRepositoryContractTest;

/**
 * {@link JdbcParticipantRepository} keeps the {@link ParticipantRepositoryContractTest port contract} on PostgreSQL.
 */
@OnPostgres
class JdbcParticipantRepositoryPostgresTest extends ParticipantRepositoryContractTest {

    @Override
    protected ParticipantRepository participants() {
        return TestDatabases.postgresPersistence().participants();
    }

    @Override
    protected CallRepository calls() {
        return TestDatabases.postgresPersistence().calls();
    }
}
