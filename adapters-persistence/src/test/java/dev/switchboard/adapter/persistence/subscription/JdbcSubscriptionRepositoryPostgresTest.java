package dev.switchboard.adapter.persistence.subscription;

import dev.switchboard.adapter.persistence.testing.OnPostgres;
import dev.switchboard.adapter.persistence.testing.TestDatabases;
import dev.switchboard.application.port.out.SubscriptionRepository;
import dev.switchboard.application.testing.contract.SubscriptionRepositoryContractTest;

/** {@link JdbcSubscriptionRepository} keeps the {@link SubscriptionRepositoryContractTest port contract} on PostgreSQL. */
@OnPostgres
class JdbcSubscriptionRepositoryPostgresTest extends SubscriptionRepositoryContractTest {

    @Override
    protected SubscriptionRepository subscriptions() {
        return TestDatabases.postgresPersistence().subscriptions();
    }
}
