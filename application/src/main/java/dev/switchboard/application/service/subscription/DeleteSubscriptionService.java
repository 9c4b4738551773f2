package dev.switchboard.application.service.subscription;

import dev.switchboard.application.port.in.subscription.DeleteSubscriptionCommand;
import dev.switchboard.application.port.in.subscription.DeleteSubscriptionUseCase;
import dev.switchboard.application.port.out.OutboundPorts;
import dev.switchboard.domain.error.NotFoundException;

class DeleteSubscriptionService implements DeleteSubscriptionUseCase {

    private final OutboundPorts ports;

    DeleteSubscriptionService(OutboundPorts ports) {
        this.ports = ports;
    }

    @Override
    public void delete(DeleteSubscriptionCommand command) {
        ports.transactions().inTransaction(() -> {
            // an expired subscription is gone for the client, whether or not the purge has removed its row yet
            SubscriptionQueryService.unexpired(ports, command.tenantId(), command.subscriptionId(),
                    ports.clock().instant());
            if (!ports.subscriptions().delete(command.tenantId(), command.subscriptionId())) {
                // another request deleted it in the meantime
                throw new NotFoundException("subscription", command.subscriptionId().value());
            }
            return null;
        });
    }
}
