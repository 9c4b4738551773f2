package dev.switchboard.app.notifications;

import dev.switchboard.adapter.persistence.JdbcPersistence;

import java.util.UUID;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The persistence adapter over a fresh in-memory H2 database of its own, migrated: the dispatcher tests' outbox. */
final class InMemoryPersistence {

    private InMemoryPersistence() {
    }

    static JdbcPersistence fresh() {
        return JdbcPersistence.create(new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", ""));
    }
}
