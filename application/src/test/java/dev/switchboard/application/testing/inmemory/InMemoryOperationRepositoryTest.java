package dev.switchboard.application.testing.inmemory;

import dev.switchboard.application.port.out.OperationRepository;
import dev.switchboard.application.testing.contract.OperationRepositoryContractTest;

class InMemoryOperationRepositoryTest extends OperationRepositoryContractTest {

    private final InMemoryOperationRepository operations = new InMemoryOperationRepository();

    @Override
    protected OperationRepository operations() {
        return operations;
    }
}
