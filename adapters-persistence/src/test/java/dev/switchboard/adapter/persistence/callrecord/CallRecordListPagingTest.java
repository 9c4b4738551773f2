package dev.switchboard.adapter.persistence.callrecord;

import dev.switchboard.adapter.persistence.JdbcPersistence;
import dev.switchboard.application.port.out.CallRecordSearch.Position;
import dev.switchboard.application.testing.fixtures.CallRecords;
import dev.switchboard.application.testing.fixtures.Identities;
import dev.switchboard.application.testing.fixtures.Tenants;
import dev.switchboard.domain.callrecord.CallRecord;
import dev.switchboard.domain.callrecord.CallRecordFilter;
import dev.switchboard.domain.callrecord.Organizer;
import dev.switchboard.domain.common.CallRecordId;
import dev.switchboard.domain.common.TenantId;
import dev.switchboard.domain.identity.IdentitySet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import static dev.switchboard.application.testing.fixtures.CallRecords.aCallRecord;
import static dev.switchboard.application.testing.fixtures.Times.T0;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The callRecords list over a few thousand records of one tenant, paged as clients page it (61 rows for a page of
 * 60): every record exactly once, in start-then-id order, and a page read again with the same position is the same
 * page even after records were added before it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CallRecordListPagingTest {

    static final int RECORDS = 2_400;
    static final int PAGE = 60;
    static final Instant LONG_AGO = Instant.parse("2000-01-01T00:00:00Z");
    static final Comparator<CallRecord> LIST_ORDER =
            Comparator.comparing(CallRecord::startDateTime).thenComparing(record -> record.id().value());

    final TenantId tenant = Tenants.random();
    final List<CallRecord> stored = new ArrayList<>();

    abstract JdbcPersistence persistence();

    abstract DataSource dataSource();

    @BeforeAll
    void aTenantWithThousandsOfRecordsStartingFourAtATime() {
        List<CallRecord> records = new ArrayList<>();
        for (int i = 0; i < RECORDS; i++) {
            var record = small().startingAt(T0.plusSeconds(i / 4)).withParticipant("everyone");
            if (i % 3 == 0) {
                record.withParticipant("every-third");
            }
            records.add(record.build());
        }
        persistence().transactions().inTransaction(() -> {
            records.forEach(persistence().callRecords()::insert);
            return null;
        });
        stored.addAll(records);
        stored.sort(LIST_ORDER);
    }

    @AfterAll
    void removeTheTenantsRecords() {
        JdbcClient sql = JdbcClient.create(dataSource());
        for (String table : List.of("call_record_participants", "call_records")) {
            sql.sql("delete from " + table + " where tenant_id = ?").param(tenant.value()).update();
        }
    }

    @Test
    void paging_the_whole_list_shows_every_record_once_in_start_then_id_order() {
        assertThat(pageThrough(CallRecordFilter.none())).containsExactlyElementsOf(ids(stored, record -> true));
    }

    @Test
    void paging_a_participant_s_records_shows_exactly_theirs_in_order() {
        CallRecordFilter filter = CallRecordFilter.none().withParticipant("every-third");

        assertThat(pageThrough(filter)).containsExactlyElementsOf(ids(stored, filter::matches));
    }

    @Test
    void paging_a_start_range_shows_exactly_the_records_inside_it() {
        CallRecordFilter filter = CallRecordFilter.none().startingFrom(T0.plusSeconds(100), false)
                .startingBefore(T0.plusSeconds(400), true).withParticipant("everyone");

        assertThat(pageThrough(filter)).containsExactlyElementsOf(ids(stored, filter::matches));
    }

    @Test
    void a_page_read_again_after_records_were_added_before_it_is_the_same_page() {
        CallRecord last = stored.get(stored.size() / 2);
        List<CallRecordId> expected = ids(stored, record -> LIST_ORDER.compare(record, last) > 0).subList(0, PAGE + 1);
        List<CallRecord> before = page(CallRecordFilter.none(), Optional.of(positionOf(last)));

        CallRecord earlier = persistence().callRecords().insert(small().startingAt(T0).withParticipant("everyone")
                .build());
        stored.add(earlier);
        stored.sort(LIST_ORDER);

        assertThat(page(CallRecordFilter.none(), Optional.of(positionOf(last)))).isEqualTo(before);
        assertThat(before).extracting(CallRecord::id).containsExactlyElementsOf(expected);
    }

    /** A record of the test's tenant with one small identity in each place, so that thousands load quickly. */
    CallRecords.Builder small() {
        IdentitySet organizer = Identities.aUser("organizer", "Organizer");
        return aCallRecord().tenant(tenant).organizer(organizer).participants(List.of(organizer))
                .organizerV2(new Organizer("organizer", organizer)).participantsV2(List.of()).noSessions();
    }

    List<CallRecordId> pageThrough(CallRecordFilter filter) {
        List<CallRecordId> seen = new ArrayList<>();
        Optional<Position> after = Optional.empty();
        List<CallRecord> page;
        do {
            page = page(filter, after);
            assertThat(page).hasSizeLessThanOrEqualTo(PAGE + 1);
            List<CallRecord> shown = page.subList(0, Math.min(PAGE, page.size()));
            shown.forEach(record -> seen.add(record.id()));
            after = shown.isEmpty() ? after : Optional.of(positionOf(shown.get(shown.size() - 1)));
        } while (page.size() > PAGE);
        return seen;
    }

    List<CallRecord> page(CallRecordFilter filter, Optional<Position> after) {
        return persistence().callRecordSearch().find(tenant, filter, LONG_AGO, after, PAGE + 1);
    }

    static Position positionOf(CallRecord record) {
        return new Position(record.startDateTime(), record.id());
    }

    static List<CallRecordId> ids(List<CallRecord> records, Predicate<CallRecord> accepted) {
        return records.stream().filter(accepted).map(CallRecord::id).toList();
    }
}
