package dev.switchboard.application.port.in.subscription;

import dev.switchboard.domain.common.TenantId;
import dev.switchboard.domain.subscription.SubscriptionId;

import java.util.Objects;

/** {@code DELETE /subscriptions/{id}}. */
public record DeleteSubscriptionCommand(TenantId tenantId, SubscriptionId subscriptionId) {

    public DeleteSubscriptionCommand {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(subscriptionId, "subscriptionId");
    }
}
