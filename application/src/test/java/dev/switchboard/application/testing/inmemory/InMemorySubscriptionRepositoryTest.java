package dev.switchboard.application.testing.inmemory;

import dev.switchboard.application.port.out.SubscriptionRepository;
import dev.switchboard.application.testing.contract.SubscriptionRepositoryContractTest;

class InMemorySubscriptionRepositoryTest extends SubscriptionRepositoryContractTest {

    private final InMemorySubscriptionRepository subscriptions = new InMemorySubscriptionRepository();

    @Override
    protected SubscriptionRepository subscriptions() {
        return subscriptions;
    }
}
