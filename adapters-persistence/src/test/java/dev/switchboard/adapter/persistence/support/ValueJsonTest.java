package dev.switchboard.adapter.persistence.support;

import dev.switchboard.domain.common.DynamicProperties;
import dev.switchboard.domain.common.DynamicValue;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The JSON of dynamic properties: what a client sent comes back exactly, in its order, every digit kept. */
class ValueJsonTest {

    @Test
    void a_dynamic_number_keeps_every_digit_however_long_or_large() {
        DynamicProperties sent = properties(Map.of(
                "precise", number("0.12345678901234567890123"),
                "huge", number("1E+400"),
                "whole", number("123456789012345678901234567890"),
                "hundred", number("100")));

        assertThat(roundTrip(sent)).isEqualTo(sent);
    }

    @Test
    void properties_come_back_in_the_order_they_were_sent() {
        Map<String, DynamicValue> values = new LinkedHashMap<>();
        for (String name : List.of("zulu", "alpha", "mike", "bravo")) {
            values.put(name, new DynamicValue.Text(name));
        }

        assertThat(roundTrip(DynamicProperties.of(values)).values().keySet())
                .containsExactly("zulu", "alpha", "mike", "bravo");
    }

    @Test
    void text_that_looks_like_json_stays_text() {
        DynamicProperties sent = properties(Map.of("quoted", new DynamicValue.Text("{\"a\": [1, \"\\u0000\"]}"),
                "empty", new DynamicValue.Text(""), "null", new DynamicValue.Null()));

        assertThat(roundTrip(sent)).isEqualTo(sent);
    }

    private static DynamicProperties roundTrip(DynamicProperties properties) {
        return ValueJson.dynamic(Json.read(Json.write(ValueJson.dynamic(properties))));
    }

    private static DynamicProperties properties(Map<String, DynamicValue> values) {
        return DynamicProperties.of(new LinkedHashMap<>(values));
    }

    private static DynamicValue number(String value) {
        return new DynamicValue.Number(new BigDecimal(value));
    }
}
