package dev.switchboard.application.service.subscription;

import dev.switchboard.application.port.in.subscription.SubscriptionQueries;
import dev.switchboard.application.port.out.OutboundPorts;
import dev.switchboard.application.port.paging.Cursor;
import dev.switchboard.application.port.paging.Page;
import dev.switchboard.domain.common.TenantId;
import dev.switchboard.domain.error.NotFoundException;
import dev.switchboard.domain.subscription.Subscription;
import dev.switchboard.domain.subscription.SubscriptionId;

import java.time.Instant;
import java.util.Optional;

class SubscriptionQueryService implements SubscriptionQueries {

    private static final String CURSOR_KIND = "subscription";

    private final OutboundPorts ports;

    SubscriptionQueryService(OutboundPorts ports) {
        this.ports = ports;
    }

    @Override
    public Subscription get(GetSubscriptionQuery query) {
        return unexpired(ports, query.tenantId(), query.subscriptionId(), ports.clock().instant());
    }

    @Override
    public Page<Subscription> list(ListSubscriptionsQuery query) {
        int size = query.page().sizeWithin(MAX_PAGE_SIZE);
        Optional<SubscriptionId> after = query.page().after()
                .map(cursor -> SubscriptionId.of(cursor.keyParts(CURSOR_KIND, 1).get(0)));
        return Page.of(ports.subscriptions().findPage(query.tenantId(), after, ports.clock().instant(), size + 1),
                size, subscription -> Cursor.of(CURSOR_KIND, subscription.id().value()));
    }

    /** The stored subscription, or "not found" when it is unknown or has expired, as Graph answers for both. */
    static Subscription unexpired(OutboundPorts ports, TenantId tenantId, SubscriptionId id, Instant now) {
        return ports.subscriptions().find(tenantId, id)
                .filter(subscription -> !subscription.hasExpiredAt(now))
                .orElseThrow(() -> new NotFoundException("subscription", id.value()));
    }
}
