package dev.switchboard.adapter.persistence;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migrations build the same schema on both databases, and it keeps the promises of ADR 0007: every table and
 * every primary key leads with {@code tenant_id}, every date-time keeps its time zone.
 */
abstract class SchemaTest {

    static final List<String> TABLES = List.of("call_record_participants", "call_record_segments",
            "call_record_sessions", "call_records", "call_rosters", "callback_attempts", "calls", "lifecycle_timers",
            "notification_outbox", "operations", "participants", "subscriptions");

    abstract DataSource dataSource();

    /** Flyway as the tests configured it for this database. */
    abstract Flyway flyway();

    /** The schema the tables live in, as the database names it. */
    abstract String schema();

    @Test
    void every_migration_is_applied_and_still_matches_its_file() {
        flyway().validate();

        assertThat(flyway().info().pending()).isEmpty();
        assertThat(flyway().info().applied()).extracting(MigrationInfo::getScript).contains("V1__create_schema.sql");
    }

    @Test
    void every_table_and_every_primary_key_leads_with_tenant_id() {
        Map<String, String> firstKeyColumns = sql().sql("""
                        select k.table_name, k.column_name
                          from information_schema.table_constraints c
                          join information_schema.key_column_usage k
                            on k.constraint_schema = c.constraint_schema and k.constraint_name = c.constraint_name
                         where c.constraint_type = 'PRIMARY KEY' and c.table_schema = :schema
                           and k.ordinal_position = 1 and c.table_name <> 'flyway_schema_history'""")
                .param("schema", schema())
                .query((row, number) -> Map.entry(row.getString(1).toLowerCase(), row.getString(2).toLowerCase()))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

        assertThat(firstKeyColumns.keySet()).containsExactlyInAnyOrderElementsOf(TABLES);
        assertThat(firstKeyColumns.values()).containsOnly("tenant_id");
    }

    @Test
    void every_index_leads_with_tenant_id() {
        assertThat(firstColumnOfEachIndex()).isNotEmpty().containsOnly("tenant_id");
    }

    /** The first column of each index on the tables, lower-case. */
    abstract List<String> firstColumnOfEachIndex();

    @Test
    void every_date_time_column_is_a_timestamp_with_time_zone() {
        List<String> types = sql().sql("""
                        select data_type
                          from information_schema.columns
                         where table_schema = :schema and column_name like '%date_time'""")
                .param("schema", schema())
                .query(String.class).list();

        assertThat(types).isNotEmpty()
                .allSatisfy(type -> assertThat(type).isEqualToIgnoringCase("timestamp with time zone"));
    }

    @Test
    void migrating_again_changes_nothing() {
        assertThat(flyway().migrate().migrationsExecuted).isZero();
    }

    JdbcClient sql() {
        return JdbcClient.create(dataSource());
    }
}
