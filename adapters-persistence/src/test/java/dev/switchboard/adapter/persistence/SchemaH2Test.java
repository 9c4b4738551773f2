package dev.switchboard.adapter.persistence;

import dev.switchboard.adapter.persistence.testing.TestDatabases;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;
import java.util.List;

/** The schema on H2 in PostgreSQL mode. */
class SchemaH2Test extends SchemaTest {

    @Override
    DataSource dataSource() {
        return TestDatabases.h2();
    }

    @Override
    Flyway flyway() {
        return TestDatabases.h2Flyway();
    }

    @Override
    String schema() {
        return "public";
    }

    @Override
    List<String> firstColumnOfEachIndex() {
        return sql().sql("""
                        select column_name
                          from information_schema.index_columns
                         where table_schema = 'public' and ordinal_position = 1
                           and table_name <> 'flyway_schema_history'""")
                .query(String.class).list().stream().map(String::toLowerCase).toList();
    }
}
