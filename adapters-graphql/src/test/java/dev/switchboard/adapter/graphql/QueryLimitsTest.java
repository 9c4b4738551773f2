package dev.switchboard.adapter.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.graphql.ResponseError;
import org.springframework.test.context.TestPropertySource;

/**
 * The query limits, tightened so that the schema's own queries reach them: a query nesting deeper than allowed, or
 * asking for more than allowed, is refused before anything runs, with a bad-request error that names the limit.
 */
@TestPropertySource(properties = {
        "switchboard.graphql.max-query-depth=8",
        "switchboard.graphql.max-query-complexity=2000"})
class QueryLimitsTest extends GraphQlTestSupport {

    @Test
    void a_query_nesting_deeper_than_allowed_is_refused_naming_the_limit() {
        int reads = portCalls.count("CallRecordQueries.list");

        ResponseError error = refused(graphQl.documentName("deepCallRecords").execute(), "BAD_REQUEST", "BadRequest");

        assertThat(error.getExtensions()).containsEntry("limit", "maxQueryDepth").containsEntry("maximum", 8);
        assertThat(error.getMessage()).contains("at most 8");
        assertThat(portCalls.count("CallRecordQueries.list")).as("nothing ran").isEqualTo(reads);
    }

    @Test
    void a_query_asking_for_more_than_allowed_is_refused_naming_the_limit() {
        int reads = portCalls.count("CallRecordQueries.list");

        ResponseError error = refused(graphQl.documentName("manyCallRecordPages").execute(), "BAD_REQUEST",
                "BadRequest");

        assertThat(error.getExtensions()).containsEntry("limit", "maxQueryComplexity").containsEntry("maximum", 2000);
        assertThat(error.getMessage()).contains("at most 2000");
        assertThat(portCalls.count("CallRecordQueries.list")).as("nothing ran").isEqualTo(reads);
    }

    @Test
    void a_page_counts_as_many_times_as_it_asks_for_items() {
        graphQl.documentName("shallowCalls").variables(Map.of("first", 100)).execute().errors().verify();

        refused(graphQl.documentName("manyCallRecordPages").execute(), "BAD_REQUEST", "BadRequest");
    }

    @Test
    void schema_introspection_is_not_limited_by_the_adapter() {
        graphQl.documentName("introspection").execute().errors().verify()
                .path("__schema.types[*].name").entityList(String.class).contains("Call", "CommsOperation");
    }
}
