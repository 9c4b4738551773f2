package dev.switchboard.application.testing.inmemory;

import dev.switchboard.application.port.out.CallbackDeliveryLog;
import dev.switchboard.application.testing.contract.CallbackDeliveryLogContractTest;

class InMemoryCallbackDeliveryLogTest extends CallbackDeliveryLogContractTest {

    private final InMemoryCallbackDeliveryLog log = new InMemoryCallbackDeliveryLog();

    @Override
    protected CallbackDeliveryLog log() {
        return log;
    }
}
