package dev.switchboard.app.notifications;

import dev.switchboard.domain.callrecord.CallRecord;
import dev.switchboard.domain.subscription.Subscription;
import dev.switchboard.domain.subscription.SubscriptionChangeType;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.time.format.DateTimeFormatter;

/**
 * The {@code changeNotificationCollection} body Graph POSTs to a subscription's {@code notificationUrl} when a
 * callRecord is created or updated (graph-api §6, last bullet): ordinary Graph change notifications, not
 * {@code commsNotifications}.
 */
final class ChangeNotifications {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private ChangeNotifications() {
    }

    /** One notification about {@code record} for {@code subscription}, under the stable id {@code notificationId}. */
    static String callRecord(String notificationId, Subscription subscription, SubscriptionChangeType changeType,
                             CallRecord record) {
        String path = "communications/callRecords/" + record.id().value();
        ObjectNode item = JSON.objectNode()
                .put("id", notificationId)
                .put("subscriptionId", subscription.id().value())
                .put("subscriptionExpirationDateTime",
                        DateTimeFormatter.ISO_INSTANT.format(subscription.expirationDateTime()))
                .put("changeType", changeType.wire())
                .put("clientState", subscription.clientState().orElse(null))
                .put("resource", path)
                .put("tenantId", record.tenantId().value());
        item.set("resourceData", JSON.objectNode()
                .put("@odata.type", "#microsoft.graph.callrecord")
                .put("@odata.id", path)
                .put("id", record.id().value()));
        ObjectNode body = JSON.objectNode();
        body.putArray("value").add(item);
        return MAPPER.writeValueAsString(body);
    }
}
