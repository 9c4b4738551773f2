package dev.switchboard.adapter.persistence.callrecord;

import dev.switchboard.adapter.persistence.JdbcPersistence;
import dev.switchboard.adapter.persistence.testing.TestDatabases;
import dev.switchboard.application.port.out.CallRecordSearch.Position;
import dev.switchboard.domain.callrecord.CallRecordFilter;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.util.Optional;

import static dev.switchboard.application.testing.fixtures.Times.T0;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The callRecords list pages through thousands of records on H2, and H2 reads the index made for each form of the
 * query in list order (its {@code EXPLAIN} says {@code index sorted}) rather than sorting what it found.
 */
class CallRecordListPagingH2Test extends CallRecordListPagingTest {

    @Override
    JdbcPersistence persistence() {
        return TestDatabases.h2Persistence();
    }

    @Override
    DataSource dataSource() {
        return TestDatabases.h2();
    }

    @Test
    void the_first_page_reads_the_start_index_in_order() {
        String plan = explain(CallRecordFilter.none(), Optional.empty());

        assertThat(plan).contains("public.call_records_by_start").contains("/* index sorted */");
    }

    @Test
    void a_later_page_of_a_start_range_reads_the_start_index_in_order() {
        String plan = explain(CallRecordFilter.none().startingFrom(T0.plusSeconds(10), true), middle());

        assertThat(plan).contains("public.call_records_by_start").contains("/* index sorted */");
    }

    @Test
    void the_participant_filter_reads_the_participant_index_in_order() {
        String plan = explain(CallRecordFilter.none().withParticipant("every-third"), middle());

        // each record is then fetched by its primary key
        assertThat(plan).contains("public.call_record_participants_by_participant")
                .contains("tenant_id = p.tenant_id\n        AND id = p.call_record_id").contains("/* index sorted */");
    }

    private Optional<Position> middle() {
        return Optional.of(positionOf(stored.get(stored.size() / 2)));
    }

    private String explain(CallRecordFilter filter, Optional<Position> after) {
        var statement = JdbcCallRecordSearch.statement(tenant, filter, LONG_AGO, after, PAGE + 1);
        return JdbcClient.create(dataSource()).sql("explain " + statement.sql()).params(statement.params())
                .query(String.class).single();
    }
}
