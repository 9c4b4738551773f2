package dev.switchboard.adapter.rest.support;

import dev.switchboard.domain.common.CallId;
import dev.switchboard.domain.common.CallRecordId;
import dev.switchboard.domain.common.OperationId;
import dev.switchboard.domain.common.ParticipantId;
import dev.switchboard.domain.error.InvalidInputException;
import dev.switchboard.domain.error.NotFoundException;
import dev.switchboard.domain.subscription.SubscriptionId;

import java.util.function.Function;

/** Keys from the URL path. A key that no resource could have (too long, control characters) is simply not found. */
public final class Ids {

    private Ids() {
    }

    public static CallId call(String raw) {
        return parse(raw, CallId::of, "call");
    }

    public static ParticipantId participant(String raw) {
        return parse(raw, ParticipantId::of, "participant");
    }

    public static OperationId operation(String raw) {
        return parse(raw, OperationId::of, "operation");
    }

    public static CallRecordId callRecord(String raw) {
        return parse(raw, CallRecordId::of, "callRecord");
    }

    /** A key as it appears inside an OData context URL: {@code calls('7f1c')}, with quotes doubled. */
    public static SubscriptionId subscription(String raw) {
        return parse(raw, SubscriptionId::of, "subscription");
    }

    public static String quoted(Object id) {
        return "'" + id.toString().replace("'", "''") + "'";
    }

    private static <T> T parse(String raw, Function<String, T> factory, String resource) {
        try {
            return factory.apply(raw);
        } catch (InvalidInputException e) {
            throw new NotFoundException(resource, raw.length() > 64 ? raw.substring(0, 64) + "…" : raw);
        }
    }
}
