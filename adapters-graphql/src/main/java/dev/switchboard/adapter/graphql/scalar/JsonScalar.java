package dev.switchboard.adapter.graphql.scalar;

import dev.switchboard.domain.common.DynamicProperties;
import dev.switchboard.domain.common.DynamicValue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.ArrayValue;
import graphql.language.BooleanValue;
import graphql.language.EnumValue;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.NullValue;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;

/**
 * The {@code JSON} scalar: a JSON object the core keeps as {@link DynamicProperties} (quality metrics, device and
 * network details, feedback tokens), read from a variable or a literal and written back as it came.
 */
public final class JsonScalar {

    public static final GraphQLScalarType TYPE = GraphQLScalarType.newScalar()
            .name("JSON")
            .description("A JSON object kept exactly as sent.")
            .coercing(new JsonCoercing())
            .build();

    private JsonScalar() {
    }

    private static final class JsonCoercing implements Coercing<DynamicProperties, Map<String, Object>> {

        @Override
        public Map<String, Object> serialize(Object value, GraphQLContext context, Locale locale) {
            if (value instanceof DynamicProperties properties) {
                return plainObject(properties.values());
            }
            throw new CoercingSerializeException("JSON must be DynamicProperties, not " + value.getClass().getName());
        }

        @Override
        public DynamicProperties parseValue(Object input, GraphQLContext context, Locale locale) {
            if (input instanceof Map<?, ?> map) {
                return DynamicProperties.of(struct(map).properties());
            }
            throw new CoercingParseValueException("JSON must be an object.");
        }

        @Override
        public DynamicProperties parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
                                              Locale locale) {
            if (input instanceof ObjectValue object) {
                Map<String, DynamicValue> properties = new LinkedHashMap<>();
                for (ObjectField field : object.getObjectFields()) {
                    properties.put(field.getName(), literal(field.getValue(), variables));
                }
                return DynamicProperties.of(properties);
            }
            throw new CoercingParseLiteralException("JSON must be an object.");
        }

        private static DynamicValue literal(Value<?> value, CoercedVariables variables) {
            if (value instanceof ObjectValue object) {
                Map<String, DynamicValue> properties = new LinkedHashMap<>();
                for (ObjectField field : object.getObjectFields()) {
                    properties.put(field.getName(), literal(field.getValue(), variables));
                }
                return new DynamicValue.Struct(properties);
            }
            if (value instanceof ArrayValue array) {
                return new DynamicValue.Array(array.getValues().stream().map(v -> literal(v, variables)).toList());
            }
            if (value instanceof StringValue text) {
                return new DynamicValue.Text(text.getValue());
            }
            if (value instanceof EnumValue name) {
                return new DynamicValue.Text(name.getName());
            }
            if (value instanceof IntValue integer) {
                return new DynamicValue.Number(new BigDecimal(integer.getValue()));
            }
            if (value instanceof FloatValue decimal) {
                return new DynamicValue.Number(decimal.getValue());
            }
            if (value instanceof BooleanValue bool) {
                return new DynamicValue.Bool(bool.isValue());
            }
            if (value instanceof NullValue) {
                return new DynamicValue.Null();
            }
            if (value instanceof VariableReference variable) {
                return fromPlain(variables.get(variable.getName()));
            }
            throw new CoercingParseLiteralException("JSON cannot hold " + value.getClass().getSimpleName());
        }

        private static DynamicValue.Struct struct(Map<?, ?> map) {
            Map<String, DynamicValue> properties = new LinkedHashMap<>();
            map.forEach((key, item) -> properties.put(String.valueOf(key), fromPlain(item)));
            return new DynamicValue.Struct(properties);
        }

        private static DynamicValue fromPlain(Object value) {
            if (value == null) {
                return new DynamicValue.Null();
            }
            if (value instanceof Map<?, ?> map) {
                return struct(map);
            }
            if (value instanceof List<?> list) {
                return new DynamicValue.Array(list.stream().map(JsonCoercing::fromPlain).toList());
            }
            if (value instanceof String text) {
                return new DynamicValue.Text(text);
            }
            if (value instanceof Boolean bool) {
                return new DynamicValue.Bool(bool);
            }
            if (value instanceof BigDecimal decimal) {
                return new DynamicValue.Number(decimal);
            }
            if (value instanceof BigInteger integer) {
                return new DynamicValue.Number(new BigDecimal(integer));
            }
            if (value instanceof Number number) {
                return new DynamicValue.Number(new BigDecimal(number.toString()));
            }
            throw new CoercingParseValueException("JSON cannot hold " + value.getClass().getSimpleName());
        }

        /** Whole numbers go out as integers ({@code 1200}, never {@code 1.2E+3}); the others as decimals. */
        private static Number plainNumber(BigDecimal value) {
            if (value.scale() > 0) {
                return value;
            }
            BigInteger whole = value.toBigIntegerExact();
            return whole.bitLength() < Long.SIZE ? (Number) whole.longValue() : whole;
        }

        private static Map<String, Object> plainObject(Map<String, DynamicValue> properties) {
            Map<String, Object> object = new LinkedHashMap<>();
            properties.forEach((name, value) -> object.put(name, toPlain(value)));
            return object;
        }

        private static Object toPlain(DynamicValue value) {
            if (value instanceof DynamicValue.Struct struct) {
                return plainObject(struct.properties());
            }
            if (value instanceof DynamicValue.Array array) {
                List<Object> items = new ArrayList<>(array.items().size());
                array.items().forEach(item -> items.add(toPlain(item)));
                return items;
            }
            if (value instanceof DynamicValue.Text text) {
                return text.value();
            }
            if (value instanceof DynamicValue.Number number) {
                return plainNumber(number.value());
            }
            if (value instanceof DynamicValue.Bool bool) {
                return bool.value();
            }
            return null;
        }
    }
}
