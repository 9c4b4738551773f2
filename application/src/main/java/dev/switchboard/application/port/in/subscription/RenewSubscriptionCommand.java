package dev.switchboard.application.port.in.subscription;

import dev.switchboard.domain.common.TenantId;
import dev.switchboard.domain.error.InvalidInputException;
import dev.switchboard.domain.subscription.SubscriptionId;

import java.time.Instant;
import java.util.Objects;

/** {@code PATCH /subscriptions/{id}}: the only thing a client may change is the expiry. */
public record RenewSubscriptionCommand(TenantId tenantId, SubscriptionId subscriptionId,
                                       Instant expirationDateTime) {

    public RenewSubscriptionCommand {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(subscriptionId, "subscriptionId");
        if (expirationDateTime == null) {
            throw InvalidInputException.of("expirationDateTime", "must not be empty");
        }
    }
}
