package dev.switchboard.adapter.rest.subscription;

import dev.switchboard.adapter.rest.support.JsonInput;
import tools.jackson.databind.JsonNode;

import java.time.Instant;

/**
 * Subscription bodies: {@code POST /subscriptions} and the renewing {@code PATCH}. The values go to the core as they
 * arrived; the domain knows which resources, change types and lifetimes are allowed.
 */
final class SubscriptionReader {

    private SubscriptionReader() {
    }

    /** What a client asks for in {@code POST /subscriptions}. */
    record NewSubscription(String resource, String changeType, String notificationUrl, Instant expirationDateTime,
                           String clientState) {
    }

    static NewSubscription newSubscription(JsonNode body) {
        return JsonInput.read(body, json -> {
            json.require("changeType");
            json.require("notificationUrl");
            json.require("resource");
            json.require("expirationDateTime");
            return new NewSubscription(json.string("resource"), json.string("changeType"),
                    json.string("notificationUrl"), json.dateTime("expirationDateTime"), json.string("clientState"));
        });
    }

    /** The new expiry of a renewing {@code PATCH}, the one property Switchboard lets a client change. */
    static Instant renewal(JsonNode body) {
        return JsonInput.read(body, json -> {
            json.require("expirationDateTime");
            return json.dateTime("expirationDateTime");
        });
    }
}
