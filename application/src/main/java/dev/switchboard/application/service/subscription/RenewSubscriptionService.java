package dev.switchboard.application.service.subscription;

import dev.switchboard.application.port.in.subscription.RenewSubscriptionCommand;
import dev.switchboard.application.port.in.subscription.RenewSubscriptionUseCase;
import dev.switchboard.application.port.out.OutboundPorts;
import dev.switchboard.domain.subscription.Subscription;

import java.time.Instant;

class RenewSubscriptionService implements RenewSubscriptionUseCase {

    private final OutboundPorts ports;

    RenewSubscriptionService(OutboundPorts ports) {
        this.ports = ports;
    }

    @Override
    public Subscription renew(RenewSubscriptionCommand command) {
        return ports.transactions().inTransaction(() -> {
            Instant now = ports.clock().instant();
            Subscription stored = SubscriptionQueryService.unexpired(ports, command.tenantId(),
                    command.subscriptionId(), now);
            return ports.subscriptions().update(stored.renew(command.expirationDateTime(), now), stored.version());
        });
    }
}
