package dev.switchboard.application.testing.inmemory;

import dev.switchboard.application.port.out.CallRepository;
import dev.switchboard.application.testing.contract.CallRepositoryContractTest;

class InMemoryCallRepositoryTest extends CallRepositoryContractTest {

    private final InMemoryCallRepository calls = new InMemoryCallRepository();

    @Override
    protected CallRepository calls() {
        return calls;
    }
}
