package dev.switchboard.adapter.persistence.outbox;

import dev.switchboard.adapter.persistence.JdbcPersistence;
import dev.switchboard.adapter.persistence.testing.OnPostgres;
import dev.switchboard.adapter.persistence.testing.TestDatabases;

@OnPostgres
class NotificationOutboxPostgresTest extends NotificationOutboxTest {

    @Override
    JdbcPersistence persistence() {
        return TestDatabases.postgresPersistence();
    }
}
