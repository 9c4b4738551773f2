package dev.switchboard.adapter.graphql.scalar;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;

/**
 * The {@code DateTime} scalar: an {@link Instant}, written in UTC with {@code Z} and read with any offset (converted
 * to UTC), as Graph keeps its date-times. A value that is not ISO-8601 with an offset is a validation error.
 */
public final class DateTimeScalar {

    public static final GraphQLScalarType TYPE = GraphQLScalarType.newScalar()
            .name("DateTime")
            .description("An instant in ISO-8601: emitted in UTC with Z, accepted with any offset.")
            .coercing(new DateTimeCoercing())
            .build();

    private DateTimeScalar() {
    }

    private static final class DateTimeCoercing implements Coercing<Instant, String> {

        @Override
        public String serialize(Object value, GraphQLContext context, Locale locale) {
            if (value instanceof Instant instant) {
                return DateTimeFormatter.ISO_INSTANT.format(instant);
            }
            throw new CoercingSerializeException("A DateTime must be an Instant, not " + value.getClass().getName());
        }

        @Override
        public Instant parseValue(Object input, GraphQLContext context, Locale locale) {
            if (input instanceof String text) {
                return parse(text, CoercingParseValueException::new);
            }
            throw new CoercingParseValueException("A DateTime is an ISO-8601 string such as 2025-03-01T09:00:00Z.");
        }

        @Override
        public Instant parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
            if (input instanceof StringValue text) {
                return parse(text.getValue(), CoercingParseLiteralException::new);
            }
            throw new CoercingParseLiteralException("A DateTime is an ISO-8601 string such as 2025-03-01T09:00:00Z.");
        }

        @Override
        public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
            return StringValue.of(serialize(input, context, locale));
        }

        private static <E extends RuntimeException> Instant parse(String text,
                                                                   java.util.function.Function<String, E> failure) {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException e) {
                throw failure.apply("'" + text + "' is not an ISO-8601 date-time with an offset, such as 2025-03-01T09:00:00Z.");
            }
        }
    }
}
