package dev.switchboard.application.port.in.subscription;

import dev.switchboard.domain.common.TenantId;
import dev.switchboard.domain.error.NotFoundException;
import dev.switchboard.domain.subscription.Subscription;
import dev.switchboard.domain.subscription.SubscriptionId;

import java.util.Objects;

/** Reads of subscriptions. An expired subscription is not found, as in Graph. */
public interface SubscriptionQueries {

    /** @throws NotFoundException when unknown, another tenant's, or expired */
    Subscription get(GetSubscriptionQuery query);

    record GetSubscriptionQuery(TenantId tenantId, SubscriptionId subscriptionId) {
        public GetSubscriptionQuery {
            Objects.requireNonNull(tenantId, "tenantId");
            Objects.requireNonNull(subscriptionId, "subscriptionId");
        }
    }
}
