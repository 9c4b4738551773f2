package dev.switchboard.app.notifications;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a {@code commsNotifications} body is about, for the delivery history: its first notification's
 * {@code changeType} and {@code resourceUrl} (Switchboard sends one per body). A body that says neither is summed up
 * as {@code unknown}, so that its attempts are still recorded.
 */
record NotificationSummary(String changeType, String resourceUrl) {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final String UNKNOWN = "unknown";

    static NotificationSummary of(String body) {
        try {
            JsonNode first = MAPPER.readTree(body).path("value").path(0);
            return new NotificationSummary(textOr(first.path("changeType")), textOr(first.path("resourceUrl")));
        } catch (JacksonException unreadable) {
            return new NotificationSummary(UNKNOWN, UNKNOWN);
        }
    }

    private static String textOr(JsonNode value) {
        return value.isString() && !value.asString().isBlank() ? value.asString() : UNKNOWN;
    }
}
