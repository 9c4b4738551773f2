package dev.switchboard.adapter.rest.subscription;

import dev.switchboard.domain.subscription.Subscription;

import java.time.format.DateTimeFormatter;

/** The one mapping from the aggregate to the wire; small enough to need no generated mapper. */
final class SubscriptionJsonMapper {

    private SubscriptionJsonMapper() {
    }

    static SubscriptionJson toJson(Subscription subscription) {
        return toJson(subscription, subscription.clientState().orElse(null));
    }

    /** An item of the list: Graph does not return {@code clientState} there, for security, and sends it as null. */
    static SubscriptionJson toListItem(Subscription subscription) {
        return toJson(subscription, null);
    }

    private static SubscriptionJson toJson(Subscription subscription, String clientState) {
        return new SubscriptionJson(subscription.id().value(), subscription.resource(),
                subscription.applicationId(), subscription.changeType(), clientState,
                subscription.notificationUrl().toString(),
                DateTimeFormatter.ISO_INSTANT.format(subscription.expirationDateTime()),
                subscription.creatorId().orElse(null));
    }
}
