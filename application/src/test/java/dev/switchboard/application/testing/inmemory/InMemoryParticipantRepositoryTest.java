package dev.switchboard.application.testing.inmemory;

import dev.switchboard.application.port.out.ParticipantRepository;
import dev.switchboard.application.testing.contract.ParticipantRepositoryContractTest;

class InMemoryParticipantRepositoryTest extends ParticipantRepositoryContractTest {

    private final InMemoryParticipantRepository participants = new InMemoryParticipantRepository();

    @Override
    protected ParticipantRepository participants() {
        return participants;
    }
}
