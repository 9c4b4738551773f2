package dev.switchboard.domain.subscription;

import dev.switchboard.domain.error.InvalidInputException;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The kinds of change a callRecords subscription can ask for. Graph writes a set of them comma-separated. */
public enum SubscriptionChangeType {
    CREATED("created"),
    UPDATED("updated");

    private final String wire;

    SubscriptionChangeType(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    /**
     * Reads {@code "created"} or {@code "created,updated"}, case-insensitively.
     *
     * @throws InvalidInputException naming {@code changeType} when it is empty or names anything else
     */
    public static Set<SubscriptionChangeType> parse(String text) {
        if (text == null || text.isBlank()) {
            throw InvalidInputException.of("changeType", "must not be empty");
        }
        EnumSet<SubscriptionChangeType> types = EnumSet.noneOf(SubscriptionChangeType.class);
        for (String part : text.split(",", -1)) {
            String name = part.trim().toLowerCase(Locale.ROOT);
            SubscriptionChangeType type = switch (name) {
                case "created" -> CREATED;
                case "updated" -> UPDATED;
                default -> throw InvalidInputException.of("changeType",
                        "'" + part.trim() + "' is not supported for callRecords; use created or updated");
            };
            types.add(type);
        }
        return types;
    }

    /** The wire form of a set, in declaration order: {@code "created,updated"}. */
    public static String format(Set<SubscriptionChangeType> types) {
        return EnumSet.copyOf(types).stream().map(SubscriptionChangeType::wire).collect(Collectors.joining(","));
    }
}
