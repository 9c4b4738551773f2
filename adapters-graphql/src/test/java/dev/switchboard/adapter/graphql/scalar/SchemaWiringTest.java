package dev.switchboard.adapter.graphql.scalar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.adapter.graphql.GraphQlTestSupport;

import java.util.Map;

import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLNamedType;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;

/** The schema's enums and the Java enums behind them hold the same members, spelled as Graph spells them. */
class SchemaWiringTest extends GraphQlTestSupport {

    @Autowired
    private GraphQlSource graphQlSource;

    @Test
    void every_schema_enum_but_the_error_codes_is_bound_to_a_java_enum() {
        assertThat(graphQlSource.schema().getAllTypesAsList().stream()
                .filter(type -> type instanceof GraphQLEnumType && !type.getName().startsWith("__"))
                .map(GraphQLNamedType::getName))
                .containsExactlyInAnyOrderElementsOf(concat(SchemaWiring.ENUMS.keySet(), "ErrorCode"));
    }

    @Test
    void each_bound_enum_has_exactly_the_java_members_each_standing_for_its_own_value() {
        SchemaWiring.ENUMS.forEach((name, members) -> {
            GraphQLEnumType type = (GraphQLEnumType) graphQlSource.schema().getType(name);
            assertThat(type.getValues().stream().map(GraphQLEnumValueDefinition::getName))
                    .as("values of %s", name).containsExactlyInAnyOrderElementsOf(members.keySet());
            for (Map.Entry<String, Object> member : members.entrySet()) {
                assertThat(type.getValue(member.getKey()).getValue()).as("%s.%s", name, member.getKey())
                        .isSameAs(member.getValue());
            }
        });
    }

    private static java.util.List<String> concat(java.util.Set<String> names, String extra) {
        java.util.List<String> all = new java.util.ArrayList<>(names);
        all.add(extra);
        return all;
    }
}
