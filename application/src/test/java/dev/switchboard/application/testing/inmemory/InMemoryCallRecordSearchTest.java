package dev.switchboard.application.testing.inmemory;

import dev.switchboard.application.port.out.CallRecordRepository;
import dev.switchboard.application.port.out.CallRecordSearch;
import dev.switchboard.application.testing.contract.CallRecordSearchContractTest;

class InMemoryCallRecordSearchTest extends CallRecordSearchContractTest {

    private final InMemoryCallRecordRepository callRecords = new InMemoryCallRecordRepository();

    @Override
    protected CallRecordRepository callRecords() {
        return callRecords;
    }

    @Override
    protected CallRecordSearch callRecordSearch() {
        return callRecords;
    }
}
