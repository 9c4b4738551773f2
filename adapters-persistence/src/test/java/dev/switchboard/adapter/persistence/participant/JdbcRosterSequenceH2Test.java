package dev.switchboard.adapter.persistence.participant;

import dev.switchboard.adapter.persistence.testing.TestDatabases;
import dev.switchboard.application.port.out.RosterSequence;
import dev.switchboard.application.testing.contract.RosterSequenceContractTest;

/** {@link JdbcRosterSequence} keeps the {@link RosterSequenceContractTest port contract} on H2 in PostgreSQL mode. */
class JdbcRosterSequenceH2Test extends RosterSequenceContractTest {

    @Override
    protected RosterSequence rosterSequence() {
        return TestDatabases.h2Persistence().rosterSequence();
    }
}
