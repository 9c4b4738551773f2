package dev.switchboard.application.testing.inmemory;

import dev.switchboard.application.port.out.CallRecordRepository;
import dev.switchboard.application.testing.contract.CallRecordRepositoryContractTest;

class InMemoryCallRecordRepositoryTest extends CallRecordRepositoryContractTest {

    private final InMemoryCallRecordRepository callRecords = new InMemoryCallRecordRepository();

    @Override
    protected CallRecordRepository callRecords() {
        return callRecords;
    }
}
