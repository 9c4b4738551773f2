package dev.switchboard.domain.common;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A value of a property the model does not name. Graph's open types (identities, invitees, calls) keep such
 * properties and echo them back, so the core carries them as a small, immutable tree.
 */
public sealed interface DynamicValue {

    record Text(String value) implements DynamicValue {
        public Text {
            Objects.requireNonNull(value);
        }
    }

    /** Numbers are kept as decimals so that {@code 1} and {@code 1.0} compare equal, as JSON values do. */
    record Number(BigDecimal value) implements DynamicValue {
        public Number {
            value = value.stripTrailingZeros();
        }
    }

    record Bool(boolean value) implements DynamicValue {
    }

    record Null() implements DynamicValue {
    }

    record Array(List<DynamicValue> items) implements DynamicValue {
        public Array {
            items = List.copyOf(items);
        }
    }

    /** An object; property order is kept for output but ignored by {@code equals}, as for JSON. */
    record Struct(Map<String, DynamicValue> properties) implements DynamicValue {
        public Struct {
            properties = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(properties));
        }
    }
}
