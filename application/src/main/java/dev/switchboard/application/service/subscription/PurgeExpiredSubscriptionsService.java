package dev.switchboard.application.service.subscription;

import dev.switchboard.application.port.in.subscription.PurgeExpiredSubscriptionsUseCase;
import dev.switchboard.application.port.out.OutboundPorts;

class PurgeExpiredSubscriptionsService implements PurgeExpiredSubscriptionsUseCase {

    private final OutboundPorts ports;

    PurgeExpiredSubscriptionsService(OutboundPorts ports) {
        this.ports = ports;
    }

    @Override
    public int purgeExpired(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("the purge limit is positive");
        }
        // the same bound as Subscription.hasExpiredAt: a subscription is expired from its expirationDateTime on
        return ports.transactions().inTransaction(
                () -> ports.subscriptions().purgeExpired(ports.clock().instant(), limit));
    }
}
