package dev.switchboard.adapter.persistence.outbox;

import dev.switchboard.adapter.persistence.JdbcPersistence;
import dev.switchboard.adapter.persistence.testing.TestDatabases;

class NotificationOutboxH2Test extends NotificationOutboxTest {

    @Override
    JdbcPersistence persistence() {
        return TestDatabases.h2Persistence();
    }
}
