package dev.switchboard.adapter.rest.subscription;

import dev.switchboard.domain.subscription.Subscription;

import java.time.format.DateTimeFormatter;

/** The one mapping from the aggregate to the wire; small enough to need no generated mapper. */
final class SubscriptionJsonMapper {

    private SubscriptionJsonMapper() {
    }

    static SubscriptionJson toJson(Subscription subscription) {
        return new SubscriptionJson(subscription.id().value(), subscription.resource(),
                subscription.applicationId(), subscription.changeType(), subscription.clientState().orElse(null),
                subscription.notificationUrl().toString(),
                DateTimeFormatter.ISO_INSTANT.format(subscription.expirationDateTime()),
                subscription.creatorId().orElse(null));
    }
}
