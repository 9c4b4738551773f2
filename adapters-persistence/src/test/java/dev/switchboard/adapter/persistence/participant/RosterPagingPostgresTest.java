package dev.switchboard.adapter.persistence.participant;

import dev.switchboard.adapter.persistence.JdbcPersistence;
import dev.switchboard.adapter.persistence.testing.OnPostgres;
import dev.switchboard.adapter.persistence.testing.TestDatabases;
import dev.switchboard.application.testing.fixtures.Ids;
import dev.switchboard.domain.common.CallId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.util.List;
import java.util.Map;

import static dev.switchboard.application.testing.fixtures.Participants.aParticipant;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A roster of thousands pages correctly on PostgreSQL, and the planner serves a page and the count from an
 * index (read from {@code EXPLAIN}): a page is a range of {@code participants_present_by_id} in id order, never a
 * sort.
 */
@OnPostgres
class RosterPagingPostgresTest extends RosterPagingTest {

    @Override
    JdbcPersistence persistence() {
        return TestDatabases.postgresPersistence();
    }

    @Override
    DataSource dataSource() {
        return TestDatabases.postgres();
    }

    @BeforeAll
    void thePlannerKnowsTheTable() {
        JdbcClient.create(dataSource()).sql("analyze participants").update();
    }

    @Test
    void a_page_from_the_middle_of_the_roster_is_a_range_of_the_roster_index() {
        String plan = explain(JdbcParticipantRepository.FIND_PRESENT, Map.of("tenantId", tenant.value(),
                "callId", call.value(), "after", present.get(present.size() / 2).id().value(), "limit", PAGE + 1));

        assertThat(plan).contains("Index Scan using participants_present_by_id on participants")
                .doesNotContain("Seq Scan").doesNotContain("Sort");
    }

    @Test
    void counting_a_small_call_among_large_ones_reads_only_that_call_s_index_entries() {
        CallId small = Ids.callId();
        persistence().participants().insert(aParticipant().tenant(tenant).call(small).build());

        String plan = explain(JdbcParticipantRepository.COUNT_PRESENT,
                Map.of("tenantId", tenant.value(), "callId", small.value()));

        // either index that leads with (tenant_id, call_id) serves it; the planner picks by size
        assertThat(plan).containsPattern("Scan (using|on) participants_(pk|present_by_id)")
                .doesNotContain("Seq Scan");
    }

    private String explain(String sql, Map<String, Object> params) {
        List<String> lines = JdbcClient.create(dataSource()).sql("explain " + sql).params(params)
                .query(String.class).list();
        return String.join("\n", lines);
    }
}
