package dev.switchboard.adapter.graphql.scalar;

import java.math.BigInteger;
import java.util.Locale;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.IntValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;

/** The {@code Long} scalar: Graph's Int64, which GraphQL's 32-bit {@code Int} cannot hold. */
public final class LongScalar {

    public static final GraphQLScalarType TYPE = GraphQLScalarType.newScalar()
            .name("Long")
            .description("A 64-bit integer (Graph's Int64).")
            .coercing(new LongCoercing())
            .build();

    private LongScalar() {
    }

    private static final class LongCoercing implements Coercing<Long, Long> {

        @Override
        public Long serialize(Object value, GraphQLContext context, Locale locale) {
            if (value instanceof Long || value instanceof Integer) {
                return ((Number) value).longValue();
            }
            throw new CoercingSerializeException("A Long must be a long, not " + value.getClass().getName());
        }

        @Override
        public Long parseValue(Object input, GraphQLContext context, Locale locale) {
            if (input instanceof Number number) {
                BigInteger exact = exact(number);
                if (exact != null && exact.bitLength() < Long.SIZE) {
                    return exact.longValue();
                }
            }
            throw new CoercingParseValueException("'" + input + "' is not a whole number that fits 64 bits.");
        }

        @Override
        public Long parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
            if (input instanceof IntValue integer && integer.getValue().bitLength() < Long.SIZE) {
                return integer.getValue().longValue();
            }
            throw new CoercingParseLiteralException("A Long is a whole number that fits 64 bits.");
        }

        @Override
        public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
            return new IntValue(BigInteger.valueOf(serialize(input, context, locale)));
        }

        private static BigInteger exact(Number number) {
            if (number instanceof Long || number instanceof Integer || number instanceof Short || number instanceof Byte) {
                return BigInteger.valueOf(number.longValue());
            }
            if (number instanceof BigInteger big) {
                return big;
            }
            try {
                return new java.math.BigDecimal(number.toString()).toBigIntegerExact();
            } catch (ArithmeticException | NumberFormatException e) {
                return null;
            }
        }
    }
}
