package dev.switchboard.adapter.persistence.callrecord;

import dev.switchboard.adapter.persistence.JdbcPersistence;
import dev.switchboard.adapter.persistence.testing.OnPostgres;
import dev.switchboard.adapter.persistence.testing.TestDatabases;
import dev.switchboard.domain.callrecord.CallRecordFilter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.util.List;
import java.util.Optional;

import static dev.switchboard.application.testing.fixtures.Times.T0;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The callRecords list pages through thousands of records on PostgreSQL, and the planner walks the index made for
 * each form of the query (read from {@code EXPLAIN}): in list order, without sorting, without reading the table
 * whole, whatever page is asked for.
 */
@OnPostgres
class CallRecordListPagingPostgresTest extends CallRecordListPagingTest {

    @Override
    JdbcPersistence persistence() {
        return TestDatabases.postgresPersistence();
    }

    @Override
    DataSource dataSource() {
        return TestDatabases.postgres();
    }

    @BeforeAll
    void thePlannerKnowsTheTables() {
        JdbcClient.create(dataSource()).sql("analyze call_records, call_record_participants").update();
    }

    @Test
    void the_unfiltered_list_walks_the_start_index_in_order_from_the_first_page_on() {
        for (boolean afterAPosition : new boolean[] {false, true}) {
            String plan = explain(CallRecordFilter.none(), afterAPosition);

            assertThat(plan).contains("Index Scan using call_records_by_start on call_records")
                    .doesNotContain("Seq Scan").doesNotContain("Sort");
        }
    }

    @Test
    void a_start_range_is_a_range_of_the_start_index() {
        String plan = explain(CallRecordFilter.none().startingFrom(T0.plusSeconds(100), true)
                .startingBefore(T0.plusSeconds(200), false), false);

        assertThat(plan).contains("Index Scan using call_records_by_start on call_records")
                .containsPattern("Index Cond: .*start_date_time >= .*start_date_time < ")
                .doesNotContain("Seq Scan").doesNotContain("Sort");
    }

    @Test
    void the_participant_filter_walks_the_participant_index_and_fetches_each_record_by_key() {
        String plan = explain(CallRecordFilter.none().withParticipant("every-third")
                .startingFrom(T0.plusSeconds(10), true), true);

        assertThat(plan)
                .containsPattern("Index (Only )?Scan using call_record_participants_by_participant on "
                        + "call_record_participants")
                .containsPattern("Scan (using|on) call_records_pk")
                .doesNotContain("Seq Scan").doesNotContain("Sort");
    }

    private String explain(CallRecordFilter filter, boolean afterAPosition) {
        var statement = JdbcCallRecordSearch.statement(tenant, filter, LONG_AGO,
                afterAPosition ? Optional.of(positionOf(stored.get(stored.size() / 2))) : Optional.empty(), PAGE + 1);
        List<String> lines = JdbcClient.create(dataSource()).sql("explain " + statement.sql())
                .params(statement.params()).query(String.class).list();
        return String.join("\n", lines);
    }
}
