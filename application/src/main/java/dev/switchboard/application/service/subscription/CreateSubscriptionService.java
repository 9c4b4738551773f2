package dev.switchboard.application.service.subscription;

import dev.switchboard.application.port.in.subscription.CreateSubscriptionCommand;
import dev.switchboard.application.port.in.subscription.CreateSubscriptionUseCase;
import dev.switchboard.application.port.out.OutboundPorts;
import dev.switchboard.domain.error.ValidationFailedException;
import dev.switchboard.domain.subscription.Subscription;
import dev.switchboard.domain.subscription.SubscriptionId;

class CreateSubscriptionService implements CreateSubscriptionUseCase {

    private final OutboundPorts ports;

    CreateSubscriptionService(OutboundPorts ports) {
        this.ports = ports;
    }

    @Override
    public Subscription create(CreateSubscriptionCommand command) {
        Subscription subscription = Subscription.create(command.tenantId(), SubscriptionId.of(ports.ids().newId()),
                command.resource(), command.changeType(), command.notificationUrl(), command.expirationDateTime(),
                command.clientState(), command.applicationId(), command.creatorId(), ports.clock().instant());
        // the handshake is a network call of up to 10 seconds: it runs before, not inside, the transaction
        if (!ports.subscriptionValidator().confirms(subscription.notificationUrl(), ports.ids().newId())) {
            throw new ValidationFailedException("Subscription validation request failed for notificationUrl "
                    + subscription.notificationUrl() + ". The notification endpoint must respond with 200 OK and "
                    + "the validation token as text/plain within 10 seconds.");
        }
        return ports.transactions().inTransaction(() -> ports.subscriptions().insert(subscription));
    }
}
