package dev.switchboard.adapter.rest.support;

import dev.switchboard.domain.common.DynamicProperties;
import dev.switchboard.domain.common.DynamicValue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The properties of open types that the model does not name, between JSON trees and the core's {@link DynamicValue}s. */
public final class DynamicJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private DynamicJson() {
    }

    public static Map<String, JsonNode> toJson(DynamicProperties properties) {
        if (properties == null || properties.isEmpty()) {
            return Map.of();
        }
        Map<String, JsonNode> json = new LinkedHashMap<>();
        properties.values().forEach((name, value) -> json.put(name, toJson(value)));
        return json;
    }

    /** A whole set of dynamic properties as one JSON object, or {@code null} when there are none. */
    public static ObjectNode toObject(DynamicProperties properties) {
        if (properties == null || properties.isEmpty()) {
            return null;
        }
        ObjectNode object = NODES.objectNode();
        toJson(properties).forEach(object::set);
        return object;
    }

    public static JsonNode toJson(DynamicValue value) {
        if (value instanceof DynamicValue.Text text) {
            return NODES.stringNode(text.value());
        }
        if (value instanceof DynamicValue.Number number) {
            return number(number.value());
        }
        if (value instanceof DynamicValue.Bool bool) {
            return NODES.booleanNode(bool.value());
        }
        if (value instanceof DynamicValue.Array array) {
            ArrayNode items = NODES.arrayNode();
            array.items().forEach(item -> items.add(toJson(item)));
            return items;
        }
        if (value instanceof DynamicValue.Struct struct) {
            ObjectNode object = NODES.objectNode();
            struct.properties().forEach((name, item) -> object.set(name, toJson(item)));
            return object;
        }
        return NODES.nullNode();
    }

    public static DynamicValue fromJson(JsonNode node) {
        if (node.isString()) {
            return new DynamicValue.Text(node.asString());
        }
        if (node.isNumber()) {
            return new DynamicValue.Number(node.decimalValue());
        }
        if (node.isBoolean()) {
            return new DynamicValue.Bool(node.booleanValue());
        }
        if (node.isArray()) {
            List<DynamicValue> items = new ArrayList<>();
            node.forEach(item -> items.add(fromJson(item)));
            return new DynamicValue.Array(items);
        }
        if (node.isObject()) {
            Map<String, DynamicValue> properties = new LinkedHashMap<>();
            node.properties().forEach(entry -> properties.put(entry.getKey(), fromJson(entry.getValue())));
            return new DynamicValue.Struct(properties);
        }
        return new DynamicValue.Null();
    }

    /** Whole numbers without a decimal point or exponent ({@code 100}, not {@code 1E+2}); others as plain decimals. */
    private static JsonNode number(BigDecimal value) {
        if (value.signum() == 0 || value.scale() <= 0) {
            return NODES.numberNode(value.toBigIntegerExact());
        }
        return NODES.numberNode(new BigDecimal(value.toPlainString()));
    }
}
