package dev.switchboard.adapter.graphql;

import java.util.concurrent.atomic.AtomicReference;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.graphql.execution.SchemaReport;

/** Keeps the report of Spring for GraphQL's schema mapping inspection, made when the schema is built, for a test. */
public final class SchemaInspection {

    private final AtomicReference<SchemaReport> report = new AtomicReference<>();

    public GraphQlSourceBuilderCustomizer customizer() {
        return builder -> builder.inspectSchemaMappings(report::set);
    }

    public SchemaReport report() {
        return report.get();
    }
}
