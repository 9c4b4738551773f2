package dev.switchboard.adapter.persistence.participant;

import dev.switchboard.adapter.persistence.testing.OnPostgres;
import dev.switchboard.adapter.persistence.testing.TestDatabases;
import dev.switchboard.application.port.out.RosterSequence;
import dev.switchboard.application.testing.contract.RosterSequenceContractTest;

/** {@link JdbcRosterSequence} keeps the {@link RosterSequenceContractTest port contract} on PostgreSQL. */
@OnPostgres
class JdbcRosterSequencePostgresTest extends RosterSequenceContractTest {

    @Override
    protected RosterSequence rosterSequence() {
        return TestDatabases.postgresPersistence().rosterSequence();
    }
}
