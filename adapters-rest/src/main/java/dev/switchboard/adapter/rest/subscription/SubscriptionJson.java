package dev.switchboard.adapter.rest.subscription;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A subscription on the wire, as Graph writes it. {@code creatorId} is left out for an application caller. */
public record SubscriptionJson(
        String id,
        String resource,
        String applicationId,
        String changeType,
        String clientState,
        String notificationUrl,
        String expirationDateTime,
        @JsonInclude(JsonInclude.Include.NON_NULL) String creatorId) {
}
