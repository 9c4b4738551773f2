package dev.switchboard.application.service.subscription;

import dev.switchboard.application.port.in.subscription.CreateSubscriptionUseCase;
import dev.switchboard.application.port.in.subscription.DeleteSubscriptionUseCase;
import dev.switchboard.application.port.in.subscription.PurgeExpiredSubscriptionsUseCase;
import dev.switchboard.application.port.in.subscription.RenewSubscriptionUseCase;
import dev.switchboard.application.port.in.subscription.SubscriptionQueries;
import dev.switchboard.application.port.out.OutboundPorts;

/** The subscription use cases, built over the outbound ports. Only the core's assembly creates this. */
public final class SubscriptionServices {

    private final CreateSubscriptionUseCase createSubscription;
    private final RenewSubscriptionUseCase renewSubscription;
    private final DeleteSubscriptionUseCase deleteSubscription;
    private final SubscriptionQueries queries;
    private final PurgeExpiredSubscriptionsUseCase purgeExpired;

    public SubscriptionServices(OutboundPorts ports) {
        this.createSubscription = new CreateSubscriptionService(ports);
        this.renewSubscription = new RenewSubscriptionService(ports);
        this.deleteSubscription = new DeleteSubscriptionService(ports);
        this.queries = new SubscriptionQueryService(ports);
        this.purgeExpired = new PurgeExpiredSubscriptionsService(ports);
    }

    public CreateSubscriptionUseCase createSubscription() {
        return createSubscription;
    }

    public RenewSubscriptionUseCase renewSubscription() {
        return renewSubscription;
    }

    public DeleteSubscriptionUseCase deleteSubscription() {
        return deleteSubscription;
    }

    public SubscriptionQueries queries() {
        return queries;
    }

    public PurgeExpiredSubscriptionsUseCase purgeExpired() {
        return purgeExpired;
    }
}
