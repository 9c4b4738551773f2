package dev.switchboard.adapter.rest.support;

import dev.switchboard.domain.common.DynamicProperties;
import dev.switchboard.domain.common.DynamicValue;
import dev.switchboard.domain.common.GraphEnum;
import dev.switchboard.domain.common.GraphEnums;
import dev.switchboard.domain.common.Patch;
import dev.switchboard.domain.error.FieldError;
import dev.switchboard.domain.error.InvalidInputException;
import dev.switchboard.domain.error.Violations;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One JSON object of a request body, at its path. Each getter returns the value, or {@code null} when the property
 * is absent, {@code null}, or wrong (the problem is then recorded against the path and the whole read fails at the
 * end). Unknown properties are ignored unless a reader asks for them as {@link #dynamic dynamic properties}.
 */
public final class JsonObject {

    private static final String ODATA_TYPE = "@odata.type";

    private final JsonInput input;
    private final ObjectNode node;
    private final String path;
    private final int errorsBefore;

    JsonObject(JsonInput input, ObjectNode node, String path) {
        this.input = input;
        this.node = node;
        this.path = path;
        this.errorsBefore = input.errorCount();
    }

    /** True when the property is in the body, even as {@code null}. */
    public boolean has(String name) {
        return node.has(name);
    }

    /** True when the property is in the body with a value other than {@code null}. */
    public boolean given(String name) {
        return present(name) != null;
    }

    /** Records "is required" unless the property has a value. */
    public void require(String name) {
        if (!given(name)) {
            error(name, "is required");
        }
    }

    public void error(String name, String message) {
        input.add(Violations.join(path, name), message);
    }

    /** True when something inside this object was refused already. */
    public boolean hasErrors() {
        return input.errorCount() > errorsBefore;
    }

    public String string(String name) {
        return scalar(name, JsonNode::isString, "must be a string", JsonNode::asString);
    }

    public Boolean bool(String name) {
        return scalar(name, JsonNode::isBoolean, "must be true or false", JsonNode::booleanValue);
    }

    /** A property of one JSON kind: absent or null reads as {@code null}, another kind is refused as {@code mustBe}. */
    private <T> T scalar(String name, Predicate<JsonNode> accepted, String mustBe, Function<JsonNode, T> read) {
        JsonNode value = present(name);
        if (value == null) {
            return null;
        }
        if (!accepted.test(value)) {
            error(name, mustBe);
            return null;
        }
        return read.apply(value);
    }

    /** An Int64; a numeric string is accepted too, as OData allows (and old Graph payloads send). */
    public Long int64(String name) {
        JsonNode value = present(name);
        if (value == null) {
            return null;
        }
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return value.longValue();
        }
        if (value.isString()) {
            try {
                return Long.parseLong(value.asString().trim());
            } catch (NumberFormatException ignored) {
                // reported below
            }
        }
        error(name, "must be a whole number");
        return null;
    }

    /** An Int32; a numeric string is accepted too (live notifications send {@code "200"}). */
    public Integer int32(String name) {
        Long value = int64(name);
        if (value == null) {
            return null;
        }
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            error(name, "must be a 32-bit whole number");
            return null;
        }
        return value.intValue();
    }

    /** A DateTimeOffset in any offset, kept as the instant it names. */
    public Instant dateTime(String name) {
        String value = string(name);
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.trim(), DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            error(name, "'" + value + "' is not a date-time with an offset, such as 2025-03-01T09:00:00Z");
            return null;
        }
    }

    /** A member of a Graph enumeration, in any casing. */
    public <E extends Enum<E> & GraphEnum> E member(String name, Class<E> type) {
        JsonNode value = present(name);
        if (value == null) {
            return null;
        }
        return memberAt(value, Violations.join(path, name), type);
    }

    public <E extends Enum<E> & GraphEnum> List<E> members(String name, Class<E> type) {
        JsonNode value = present(name);
        if (value == null) {
            return null;
        }
        if (!value.isArray()) {
            error(name, "must be an array");
            return null;
        }
        int errorsBefore = input.errorCount();
        List<E> members = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            members.add(memberAt(value.get(i), Violations.join(path, name) + "[" + i + "]", type));
        }
        // a list with a refused member is refused as a whole, never passed on with holes in it
        return input.errorCount() > errorsBefore ? null : members;
    }

    /** A nested object, read by {@code reader}. */
    public <T> T object(String name, Function<JsonObject, T> reader) {
        JsonNode value = present(name);
        if (value == null) {
            return null;
        }
        if (!value.isObject()) {
            error(name, "must be an object");
            return null;
        }
        return reader.apply(input.object((ObjectNode) value, Violations.join(path, name)));
    }

    /** An array of objects, each read by {@code reader}. */
    public <T> List<T> objects(String name, Function<JsonObject, T> reader) {
        JsonNode value = present(name);
        if (value == null) {
            return null;
        }
        if (!value.isArray()) {
            error(name, "must be an array");
            return null;
        }
        int errorsBefore = input.errorCount();
        List<T> items = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            String itemPath = Violations.join(path, name) + "[" + i + "]";
            if (!item.isObject()) {
                input.add(itemPath, "must be an object");
                continue;
            }
            items.add(reader.apply(input.object((ObjectNode) item, itemPath)));
        }
        return input.errorCount() > errorsBefore ? null : items;
    }

    /**
     * A property of a PATCH body: left out is {@link Patch#absent()}, {@code null} is {@link Patch#cleared()}, a
     * value is read with {@code read} (a refused value is recorded and reads as absent).
     */
    public <T> Patch<T> patch(String name, BiFunction<JsonObject, String, T> read) {
        if (!node.has(name)) {
            return Patch.absent();
        }
        if (node.get(name).isNull()) {
            return Patch.cleared();
        }
        T value = read.apply(this, name);
        return value == null ? Patch.absent() : Patch.of(value);
    }

    /** As {@link #patch}, for a property the CSDL declares non-nullable: an explicit {@code null} is refused. */
    public <T> Patch<T> patchNonNull(String name, BiFunction<JsonObject, String, T> read) {
        if (node.has(name) && node.get(name).isNull()) {
            error(name, "must not be null");
            return Patch.absent();
        }
        return patch(name, read);
    }

    /** The properties of an open type that {@code known} does not name, control information aside. */
    public DynamicProperties dynamic(Set<String> known) {
        Map<String, DynamicValue> values = new LinkedHashMap<>();
        node.properties().forEach(entry -> {
            String name = entry.getKey();
            if (!known.contains(name) && !name.contains("@")) {
                values.put(name, DynamicJson.fromJson(entry.getValue()));
            }
        });
        return DynamicProperties.of(values);
    }

    /** Every property of this object as dynamic values, control information aside. */
    public DynamicProperties all() {
        return dynamic(Set.of());
    }

    /**
     * The {@code @odata.type} of this object (with or without {@code #}, any casing) among {@code accepted}, spelled as
     * there; the first, the declared type, when the body names none. An unknown type is refused and reads as
     * {@code null}.
     */
    public String type(String... accepted) {
        JsonNode value = node.get(ODATA_TYPE);
        if (value == null || value.isNull()) {
            return accepted[0];
        }
        if (!value.isString()) {
            error(ODATA_TYPE, "must be a string");
            return null;
        }
        String sent = value.asString().trim();
        String bare = sent.startsWith("#") ? sent.substring(1) : sent;
        for (String type : accepted) {
            if (type.equalsIgnoreCase(bare)) {
                return type;
            }
        }
        error(ODATA_TYPE, "'" + sent + "' is not " + accepted[0]
                + (accepted.length > 1 ? " or a type derived from it (" + String.join(", ", Arrays.asList(accepted).subList(1, accepted.length)) + ")" : ""));
        return null;
    }

    /**
     * Builds the value with the domain's constructor, which checks its own rules; its complaints are recorded under
     * this object's path. When something in this object was refused already the result is {@code null}, and of the
     * rules' complaints only those about other properties are added, so one mistake is not reported twice.
     */
    public <T> T valid(Supplier<T> constructor) {
        // Even when fields were refused, the domain's own rules run over what is left, so that one answer names
        // every problem (a missing callbackUri beside a bad enum); a rule about a field refused already is dropped.
        boolean refusedAlready = hasErrors();
        try {
            T built = constructor.get();
            return refusedAlready ? null : built;
        } catch (InvalidInputException e) {
            for (FieldError error : e.errors()) {
                String at = Violations.join(path, error.path());
                if (!refusedAlready || !input.reported(at)) {
                    input.add(at, error.message());
                }
            }
            return null;
        } catch (RuntimeException incomplete) {
            if (refusedAlready) {
                return null; // built from values that were refused, so nothing more to learn
            }
            throw incomplete;
        }
    }

    private JsonNode present(String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value;
    }

    private <E extends Enum<E> & GraphEnum> E memberAt(JsonNode value, String at, Class<E> type) {
        if (!value.isString()) {
            input.add(at, "must be a string, one of " + GraphEnums.allowed(type));
            return null;
        }
        try {
            return GraphEnums.parse(type, value.asString());
        } catch (InvalidInputException e) {
            e.errors().forEach(error -> input.add(Violations.join(at, error.path()), error.message()));
            return null;
        }
    }

    @Override
    public String toString() {
        return "JsonObject[" + path + "]";
    }
}
