package dev.switchboard.adapter.persistence;

import dev.switchboard.adapter.persistence.testing.OnPostgres;
import dev.switchboard.adapter.persistence.testing.TestDatabases;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;
import java.util.List;

/** The schema on PostgreSQL, in the tests' own schema. */
@OnPostgres
class SchemaPostgresTest extends SchemaTest {

    @Override
    DataSource dataSource() {
        return TestDatabases.postgres();
    }

    @Override
    Flyway flyway() {
        return TestDatabases.postgresFlyway();
    }

    @Override
    String schema() {
        return TestDatabases.POSTGRES_SCHEMA;
    }

    @Override
    List<String> firstColumnOfEachIndex() {
        return sql().sql("""
                        select a.attname
                          from pg_index x
                          join pg_class t on t.oid = x.indrelid
                          join pg_namespace n on n.oid = t.relnamespace
                          join pg_attribute a on a.attrelid = t.oid and a.attnum = x.indkey[0]
                         where n.nspname = :schema and t.relname <> 'flyway_schema_history'""")
                .param("schema", schema())
                .query(String.class).list();
    }
}
