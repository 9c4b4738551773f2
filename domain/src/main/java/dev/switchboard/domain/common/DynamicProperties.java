package dev.switchboard.domain.common;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** The properties of an open type that the model does not name, kept so they can be echoed back. */
public record DynamicProperties(Map<String, DynamicValue> values) {

    private static final DynamicProperties NONE = new DynamicProperties(Map.of());

    public DynamicProperties {
        Objects.requireNonNull(values, "values");
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public static DynamicProperties none() {
        return NONE;
    }

    public static DynamicProperties of(Map<String, DynamicValue> values) {
        return values.isEmpty() ? NONE : new DynamicProperties(values);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }
}
