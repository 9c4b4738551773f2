package dev.switchboard.domain.subscription;

import dev.switchboard.domain.common.Identifiers;

/** The key of a change-notification subscription, unique within its tenant. */
public record SubscriptionId(String value) {

    public SubscriptionId {
        Identifiers.check(value, "id");
    }

    public static SubscriptionId of(String value) {
        return new SubscriptionId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
