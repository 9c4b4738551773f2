package dev.switchboard.adapter.graphql.scalar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.common.DynamicProperties;
import dev.switchboard.domain.common.DynamicValue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.ArrayValue;
import graphql.language.BooleanValue;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.NullValue;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.StringValue;
import graphql.language.VariableReference;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;

import org.junit.jupiter.api.Test;

/** The schema's own scalars: what they accept, what they refuse, and how they write values back. */
class ScalarsTest {

    private static final GraphQLContext CONTEXT = GraphQLContext.getDefault();

    @SuppressWarnings("unchecked")
    private static <I, O> Coercing<I, O> coercing(graphql.schema.GraphQLScalarType type) {
        return (Coercing<I, O>) type.getCoercing();
    }

    @Test
    void a_date_time_is_read_with_any_offset_and_written_in_utc_with_z() {
        Coercing<Instant, String> dateTime = coercing(DateTimeScalar.TYPE);

        Instant read = dateTime.parseValue("2025-03-01T10:00:00+01:00", CONTEXT, Locale.ROOT);
        assertThat(read).isEqualTo(Instant.parse("2025-03-01T09:00:00Z"));
        assertThat(dateTime.serialize(read, CONTEXT, Locale.ROOT)).isEqualTo("2025-03-01T09:00:00Z");
        assertThat(dateTime.parseLiteral(StringValue.of("2025-03-01T09:00:00.5Z"), CoercedVariables.emptyVariables(),
                CONTEXT, Locale.ROOT)).isEqualTo(Instant.parse("2025-03-01T09:00:00.500Z"));
    }

    @Test
    void a_date_time_without_an_offset_or_not_a_string_is_refused() {
        Coercing<Instant, String> dateTime = coercing(DateTimeScalar.TYPE);

        assertThatThrownBy(() -> dateTime.parseValue("2025-03-01T09:00:00", CONTEXT, Locale.ROOT))
                .isInstanceOf(CoercingParseValueException.class).hasMessageContaining("offset");
        assertThatThrownBy(() -> dateTime.parseLiteral(IntValue.of(5), CoercedVariables.emptyVariables(), CONTEXT,
                Locale.ROOT)).isInstanceOf(CoercingParseLiteralException.class);
    }

    @Test
    void a_long_holds_64_bits_and_no_more() {
        Coercing<Long, Long> longs = coercing(LongScalar.TYPE);

        assertThat(longs.parseValue(Long.MAX_VALUE, CONTEXT, Locale.ROOT)).isEqualTo(Long.MAX_VALUE);
        assertThat(longs.parseValue(7.0, CONTEXT, Locale.ROOT)).isEqualTo(7L);
        assertThat(longs.parseLiteral(new IntValue(BigInteger.valueOf(Long.MIN_VALUE)),
                CoercedVariables.emptyVariables(), CONTEXT, Locale.ROOT)).isEqualTo(Long.MIN_VALUE);
        assertThatThrownBy(() -> longs.parseValue(new BigInteger("9223372036854775808"), CONTEXT, Locale.ROOT))
                .isInstanceOf(CoercingParseValueException.class);
        assertThatThrownBy(() -> longs.parseValue(1.5, CONTEXT, Locale.ROOT))
                .isInstanceOf(CoercingParseValueException.class);
        assertThatThrownBy(() -> longs.parseLiteral(new IntValue(new BigInteger("9223372036854775808")),
                CoercedVariables.emptyVariables(), CONTEXT, Locale.ROOT)).isInstanceOf(CoercingParseLiteralException.class);
    }

    @Test
    void json_is_read_from_a_literal_with_variables_and_written_back_as_it_came() {
        Coercing<DynamicProperties, Map<String, Object>> json = coercing(JsonScalar.TYPE);
        ObjectValue literal = ObjectValue.newObjectValue()
                .objectField(new ObjectField("codec", StringValue.of("opus")))
                .objectField(new ObjectField("jitter", new FloatValue(new BigDecimal("0.010"))))
                .objectField(new ObjectField("packets", IntValue.of(1200)))
                .objectField(new ObjectField("lost", BooleanValue.of(false)))
                .objectField(new ObjectField("band", NullValue.of()))
                .objectField(new ObjectField("streams", ArrayValue.newArrayValue().value(StringValue.of("a")).build()))
                .objectField(new ObjectField("device", new VariableReference("device")))
                .build();

        DynamicProperties read = json.parseLiteral(literal, CoercedVariables.of(Map.of("device", Map.of("mic", "USB"))),
                CONTEXT, Locale.ROOT);

        assertThat(read.values()).containsEntry("codec", new DynamicValue.Text("opus"))
                .containsEntry("jitter", new DynamicValue.Number(new BigDecimal("0.01")))
                .containsEntry("band", new DynamicValue.Null());
        Map<String, Object> written = json.serialize(read, CONTEXT, Locale.ROOT);
        assertThat(written).containsEntry("codec", "opus").containsEntry("packets", 1200L).containsEntry("jitter", new BigDecimal("0.01"))
                .containsEntry("lost", false).containsEntry("band", null).containsEntry("streams", List.of("a"))
                .containsEntry("device", Map.of("mic", "USB"));
    }

    @Test
    void json_must_be_an_object() {
        Coercing<DynamicProperties, Map<String, Object>> json = coercing(JsonScalar.TYPE);

        assertThatThrownBy(() -> json.parseValue(List.of(1), CONTEXT, Locale.ROOT))
                .isInstanceOf(CoercingParseValueException.class);
        assertThatThrownBy(() -> json.parseLiteral(StringValue.of("{}"), CoercedVariables.emptyVariables(), CONTEXT,
                Locale.ROOT)).isInstanceOf(CoercingParseLiteralException.class);
    }
}
