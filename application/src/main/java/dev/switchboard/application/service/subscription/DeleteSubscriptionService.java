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
        boolean deleted = ports.transactions().inTransaction(
                () -> ports.subscriptions().delete(command.tenantId(), command.subscriptionId()));
        if (!deleted) {
            throw new NotFoundException("subscription", command.subscriptionId().value());
        }
    }
}
