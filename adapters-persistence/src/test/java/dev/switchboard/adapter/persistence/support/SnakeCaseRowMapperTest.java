package dev.switchboard.adapter.persistence.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/**
 * Each snake_case column is found with one lookup: no failed lookup (a thrown exception) per column and row, also when
 * two tables of a join share column names.
 */
class SnakeCaseRowMapperTest {

    record SomeRow(String tenantId, long rosterSequenceNumber, String state) {
    }

    @Test
    void every_column_is_found_at_the_first_lookup() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:snake;DATABASE_TO_LOWER=TRUE");
             Statement statement = connection.createStatement()) {
            statement.execute("create table t (tenant_id varchar(10), roster_sequence_number bigint, state varchar(10))");
            statement.execute("insert into t values ('t-1', 7, 'active')");
            AtomicInteger failedLookups = new AtomicInteger();

            try (ResultSet rows = statement.executeQuery("select * from t")) {
                ResultSet counting = countingFailedLookups(rows, failedLookups);
                counting.next();

                SomeRow row = new SnakeCaseRowMapper<>(SomeRow.class).mapRow(counting, 0);

                assertThat(row).isEqualTo(new SomeRow("t-1", 7, "active"));
                assertThat(failedLookups).hasValue(0);
            }
        }
    }

    record OtherRow(String tenantId, String state) {
    }

    @Test
    void each_side_of_a_join_is_read_from_its_own_columns_at_the_first_lookup() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:snake-join;DATABASE_TO_LOWER=TRUE");
             Statement statement = connection.createStatement()) {
            statement.execute("create table t (tenant_id varchar(10), roster_sequence_number bigint, state varchar(10))");
            statement.execute("create table u (tenant_id varchar(10), state varchar(10))");
            statement.execute("insert into t values ('t-1', 7, 'active')");
            statement.execute("insert into u values ('t-1', 'other')");
            AtomicInteger failedLookups = new AtomicInteger();
            String select = "select " + SnakeCaseRowMapper.columnsOf("a", "tenant_id, roster_sequence_number, state")
                    + ", " + SnakeCaseRowMapper.columnsOf("b", "tenant_id, state")
                    + " from t a join u b on b.tenant_id = a.tenant_id";

            try (ResultSet rows = statement.executeQuery(select)) {
                ResultSet counting = countingFailedLookups(rows, failedLookups);
                counting.next();

                SomeRow some = SnakeCaseRowMapper.joined(SomeRow.class, "a").mapRow(counting, 0);
                OtherRow other = SnakeCaseRowMapper.joined(OtherRow.class, "b").mapRow(counting, 0);

                assertThat(some).isEqualTo(new SomeRow("t-1", 7, "active"));
                assertThat(other).isEqualTo(new OtherRow("t-1", "other"));
                assertThat(failedLookups).hasValue(0);
            }
        }
    }

    @Test
    void a_side_of_a_join_names_each_column_with_its_alias() {
        assertThat(SnakeCaseRowMapper.columnsOf("c", """
                tenant_id, id,
                ended_date_time"""))
                .isEqualTo("c.tenant_id as c_tenant_id, c.id as c_id, c.ended_date_time as c_ended_date_time");
    }

    private static ResultSet countingFailedLookups(ResultSet rows, AtomicInteger failures) {
        return (ResultSet) Proxy.newProxyInstance(ResultSet.class.getClassLoader(), new Class<?>[] {ResultSet.class},
                (proxy, method, arguments) -> {
                    try {
                        return method.invoke(rows, arguments);
                    } catch (InvocationTargetException e) {
                        if (method.getName().equals("findColumn")) {
                            failures.incrementAndGet();
                        }
                        throw e.getCause();
                    }
                });
    }
}
