package dev.switchboard.adapter.persistence.support;

import dev.switchboard.domain.common.GraphEnum;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The JSON text columns: reading and writing Jackson 3 trees, and the small helpers every codec uses. Codecs build
 * trees by hand and read them back through the domain's constructors, so a stored value passes the same invariants as
 * a new one. Absent and {@code null} are the same in storage: a property is written only when it has a value.
 */
public final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            // dynamic numbers are decimals in the domain; a double would round them
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    /** Writes every character outside ASCII as a JSON escape: text that is the same bytes in any encoding. */
    private static final JsonMapper ASCII = MAPPER.rebuild().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    private Json() {
    }

    public static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    public static ArrayNode array() {
        return JsonNodeFactory.instance.arrayNode();
    }

    /** The text of a column; {@code null} stays {@code null}. */
    public static String write(JsonNode node) {
        return node == null ? null : MAPPER.writeValueAsString(node);
    }

    /** As {@link #write}, with every character outside ASCII escaped, for channels that count bytes. */
    public static String writeAscii(JsonNode node) {
        return ASCII.writeValueAsString(node);
    }

    /**
     * A row record as a JSON object, one property per component: a row that travels as a whole (a live event between
     * instances) instead of being stored column by column.
     */
    public static ObjectNode rowTree(Object row) {
        return MAPPER.valueToTree(row);
    }

    /** The row record {@link #rowTree} wrote. */
    public static <T> T row(JsonNode tree, Class<T> type) {
        return MAPPER.treeToValue(tree, type);
    }

    /** The tree of a column; {@code null} stays {@code null}. */
    public static JsonNode read(String text) {
        return text == null ? null : MAPPER.readTree(text);
    }

    /** Reads a column with {@code decoder}; a {@code null} column is a {@code null} value. */
    public static <T> T decode(String text, Function<JsonNode, T> decoder) {
        JsonNode node = read(text);
        return node == null || node.isNull() ? null : decoder.apply(node);
    }

    /** Writes {@code value} with {@code encoder} as column text; a {@code null} value is a {@code null} column. */
    public static <T> String encode(T value, Function<T, ? extends JsonNode> encoder) {
        return value == null ? null : write(encoder.apply(value));
    }

    public static <T> ArrayNode arrayOf(List<T> items, Function<T, ? extends JsonNode> encoder) {
        ArrayNode array = array();
        items.forEach(item -> array.add(encoder.apply(item)));
        return array;
    }

    /** The items of an array; a missing or {@code null} node is an empty list. */
    public static <T> List<T> listOf(JsonNode array, Function<JsonNode, T> decoder) {
        List<T> items = new ArrayList<>();
        if (array != null && !array.isNull() && !array.isMissingNode()) {
            array.forEach(item -> items.add(decoder.apply(item)));
        }
        return items;
    }

    /** Graph enum members as an array of their CSDL names. */
    public static ArrayNode graphNames(List<? extends GraphEnum> members) {
        ArrayNode array = array();
        members.forEach(member -> array.add(member.graphName()));
        return array;
    }

    public static <E extends Enum<E> & GraphEnum> List<E> graphEnums(JsonNode array, Class<E> type) {
        return listOf(array, item -> ColumnMappings.graphEnum(item.stringValue(), type));
    }

    /** A nested value, or {@code null} when the property is absent. */
    public static <T> T nested(JsonNode node, String property, Function<JsonNode, T> decoder) {
        JsonNode child = node.get(property);
        return child == null || child.isNull() ? null : decoder.apply(child);
    }

    public static void put(ObjectNode node, String property, String value) {
        if (value != null) {
            node.put(property, value);
        }
    }

    public static void put(ObjectNode node, String property, Boolean value) {
        if (value != null) {
            node.put(property, value);
        }
    }

    public static void put(ObjectNode node, String property, Integer value) {
        if (value != null) {
            node.put(property, value);
        }
    }

    public static void put(ObjectNode node, String property, GraphEnum value) {
        if (value != null) {
            node.put(property, value.graphName());
        }
    }

    public static void put(ObjectNode node, String property, JsonNode value) {
        if (value != null) {
            node.set(property, value);
        }
    }

    public static String text(JsonNode node, String property) {
        JsonNode child = node.get(property);
        return child == null || child.isNull() ? null : child.stringValue();
    }

    public static Boolean bool(JsonNode node, String property) {
        JsonNode child = node.get(property);
        return child == null || child.isNull() ? null : child.booleanValue();
    }

    public static Integer integer(JsonNode node, String property) {
        JsonNode child = node.get(property);
        return child == null || child.isNull() ? null : child.intValue();
    }

    public static <E extends Enum<E> & GraphEnum> E graphEnum(Class<E> type, JsonNode node, String property) {
        String name = text(node, property);
        return name == null ? null : ColumnMappings.graphEnum(name, type);
    }
}
