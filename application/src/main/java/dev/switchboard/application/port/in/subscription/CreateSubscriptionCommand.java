package dev.switchboard.application.port.in.subscription;

import dev.switchboard.domain.common.TenantId;

import java.time.Instant;
import java.util.Objects;

/**
 * {@code POST /subscriptions}: what the client asked for, as it arrived. The domain checks the values, so a bad one
 * is reported with the same field path however it reached the core.
 *
 * @param clientState  may be {@code null}
 * @param creatorId    the calling user, may be {@code null} for an application caller
 */
public record CreateSubscriptionCommand(TenantId tenantId, String applicationId, String creatorId, String resource,
                                        String changeType, String notificationUrl, Instant expirationDateTime,
                                        String clientState) {

    public CreateSubscriptionCommand {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(applicationId, "applicationId");
    }
}
