package dev.switchboard.adapter.persistence.subscription;

import dev.switchboard.adapter.persistence.testing.TestDatabases;
import dev.switchboard.application.port.out.SubscriptionRepository;
import dev.switchboard.application.testing.contract.SubscriptionRepositoryContractTest;

/** {@link JdbcSubscriptionRepository} keeps the {@link SubscriptionRepositoryContractTest port contract} on H2. */
class JdbcSubscriptionRepositoryH2Test extends SubscriptionRepositoryContractTest {

    @Override
    protected SubscriptionRepository subscriptions() {
        return TestDatabases.h2Persistence().subscriptions();
    }
}
