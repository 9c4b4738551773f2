package dev.switchboard.adapter.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.SchemaReport;

/** Spring for GraphQL's schema mapping inspection, made when the schema is built, must find nothing to report. */
class SchemaMappingInspectionTest extends GraphQlTestSupport {

    @Autowired
    private SchemaInspection inspection;

    @Test
    void every_schema_field_has_a_data_fetcher_or_a_property_behind_it() {
        SchemaReport report = inspection.report();
        assertThat(report).as("the schema was inspected").isNotNull();
        assertThat(report.unmappedFields()).as(report.toString()).isEmpty();
        assertThat(report.unmappedRegistrations()).as(report.toString()).isEmpty();
        assertThat(report.unmappedArguments()).as(report.toString()).isEmpty();
        assertThat(report.skippedTypes()).as(report.toString()).isEmpty();
        assertThat(report.fieldNullnessErrors()).as(report.toString()).isEmpty();
        assertThat(report.argumentNullnessErrors()).as(report.toString()).isEmpty();
    }
}
