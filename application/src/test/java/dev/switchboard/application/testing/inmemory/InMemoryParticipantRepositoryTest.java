package dev.switchboard.application.testing.inmemory;

import dev.switchboard.application.port.out.CallRepository;
import dev.switchboard.application.port.out.ParticipantRepository;
import dev.switchboard.application.testing.contract.ParticipantRepositoryContractTest;

class InMemoryParticipantRepositoryTest extends ParticipantRepositoryContractTest {

    private final InMemoryTransactionRunner transactions = new InMemoryTransactionRunner();
    private final InMemoryCallRepository calls = new InMemoryCallRepository(transactions);
    private final InMemoryParticipantRepository participants = new InMemoryParticipantRepository(transactions, calls);

    @Override
    protected ParticipantRepository participants() {
        return participants;
    }

    @Override
    protected CallRepository calls() {
        return calls;
    }
}
