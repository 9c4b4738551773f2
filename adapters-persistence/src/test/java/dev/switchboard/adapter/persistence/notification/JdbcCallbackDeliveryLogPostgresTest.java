package dev.switchboard.adapter.persistence.notification;

import dev.switchboard.adapter.persistence.testing.OnPostgres;
import dev.switchboard.adapter.persistence.testing.TestDatabases;
import dev.switchboard.application.port.out.CallbackDeliveryLog;
import dev.switchboard.application.testing.contract.CallbackDeliveryLogContractTest;

/** {@link JdbcCallbackDeliveryLog} keeps the {@link CallbackDeliveryLogContractTest port contract} on PostgreSQL. */
@OnPostgres
class JdbcCallbackDeliveryLogPostgresTest extends CallbackDeliveryLogContractTest {

    @Override
    protected CallbackDeliveryLog log() {
        return TestDatabases.postgresPersistence().callbackDeliveries();
    }
}
