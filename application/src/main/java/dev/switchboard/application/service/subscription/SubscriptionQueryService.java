package dev.switchboard.application.service.subscription;

import dev.switchboard.application.port.in.subscription.SubscriptionQueries;
import dev.switchboard.application.port.out.OutboundPorts;
import dev.switchboard.domain.common.TenantId;
import dev.switchboard.domain.error.NotFoundException;
import dev.switchboard.domain.subscription.Subscription;
import dev.switchboard.domain.subscription.SubscriptionId;

import java.time.Instant;

class SubscriptionQueryService implements SubscriptionQueries {

    private final OutboundPorts ports;

    SubscriptionQueryService(OutboundPorts ports) {
        this.ports = ports;
    }

    @Override
    public Subscription get(GetSubscriptionQuery query) {
        return unexpired(ports, query.tenantId(), query.subscriptionId(), ports.clock().instant());
    }

    /** The stored subscription, or "not found" when it is unknown or has expired, as Graph answers for both. */
    static Subscription unexpired(OutboundPorts ports, TenantId tenantId, SubscriptionId id, Instant now) {
        return ports.subscriptions().find(tenantId, id)
                .filter(subscription -> !subscription.hasExpiredAt(now))
                .orElseThrow(() -> new NotFoundException("subscription", id.value()));
    }
}
