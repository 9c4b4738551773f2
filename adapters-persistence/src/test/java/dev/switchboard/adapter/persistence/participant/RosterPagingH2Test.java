package dev.switchboard.adapter.persistence.participant;

import dev.switchboard.adapter.persistence.JdbcPersistence;
import dev.switchboard.adapter.persistence.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A roster of thousands pages correctly on H2, and H2 reads a page from {@code participants_present_by_id} in id
 * order (its {@code EXPLAIN} says {@code index sorted}) rather than sorting the roster.
 */
class RosterPagingH2Test extends RosterPagingTest {

    @Override
    JdbcPersistence persistence() {
        return TestDatabases.h2Persistence();
    }

    @Override
    DataSource dataSource() {
        return TestDatabases.h2();
    }

    @Test
    void a_page_from_the_middle_of_the_roster_reads_the_roster_index_in_order() {
        String plan = JdbcClient.create(dataSource()).sql("explain " + JdbcParticipantRepository.FIND_PRESENT)
                .params(Map.of("tenantId", tenant.value(), "callId", call.value(),
                        "after", present.get(present.size() / 2).id().value(), "limit", PAGE + 1))
                .query(String.class).single();

        assertThat(plan).contains("public.participants_present_by_id").contains("/* index sorted */");
    }
}
