package dev.switchboard.application.testing.contract;

import dev.switchboard.application.port.out.CallRecordRepository;
import dev.switchboard.application.port.out.CallRecordSearch;
import dev.switchboard.application.port.out.CallRecordSearch.Position;
import dev.switchboard.application.testing.fixtures.CallRecords;
import dev.switchboard.application.testing.fixtures.Identities;
import dev.switchboard.application.testing.fixtures.Ids;
import dev.switchboard.application.testing.fixtures.Tenants;
import dev.switchboard.domain.callrecord.CallRecord;
import dev.switchboard.domain.callrecord.Session;
import dev.switchboard.domain.callrecord.CallRecordFilter;
import dev.switchboard.domain.callrecord.CallRecordParticipant;
import dev.switchboard.domain.callrecord.Organizer;
import dev.switchboard.domain.common.CallRecordId;
import dev.switchboard.domain.common.TenantId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import static dev.switchboard.application.testing.fixtures.CallRecords.aCallRecord;
import static dev.switchboard.application.testing.fixtures.Times.T0;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link CallRecordSearch} promises: a tenant's records, ordered by start then id, strictly after the
 * position given, only those {@link CallRecordFilter#matches} accepts and that were stored at or after the retention
 * cut, at most as many as asked for, each without its sessions. Uses only the ports, each test in a tenant of its own.
 */
public abstract class CallRecordSearchContractTest {

    private static final Instant LONG_AGO = Instant.parse("2000-01-01T00:00:00Z");
    private static final Comparator<CallRecord> LIST_ORDER =
            Comparator.comparing(CallRecord::startDateTime).thenComparing(record -> record.id().value());

    /** Where the test puts the records it searches. */
    protected abstract CallRecordRepository callRecords();

    /** The adapter under test, over the same records as {@link #callRecords()}. */
    protected abstract CallRecordSearch callRecordSearch();

    /** Runs before each test, for an adapter whose state outlives a test (a database) to clean up if it wants to. */
    protected void resetState() {
    }

    private TenantId tenant;

    @BeforeEach
    void eachTestHasATenantOfItsOwn() {
        resetState();
        tenant = Tenants.random();
    }

    @Test
    void records_are_ordered_by_start_then_id_and_filtered_by_start_range_and_participant() {
        CallRecord early = store(aCallRecord().tenant(tenant).startingAt(T0).withParticipant("megan"));
        CallRecord tieA = store(aCallRecord().tenant(tenant).id("a-" + Ids.random()).startingAt(T0.plusSeconds(60))
                .withParticipant("megan"));
        CallRecord tieB = store(aCallRecord().tenant(tenant).id("b-" + Ids.random()).startingAt(T0.plusSeconds(60)));
        CallRecord late = store(aCallRecord().tenant(tenant).startingAt(T0.plusSeconds(120)).withParticipant("megan"));
        CallRecordFilter fromTheTieOn = CallRecordFilter.none().startingFrom(T0.plusSeconds(60), true);

        assertThat(ids(search(CallRecordFilter.none()))).containsExactly(early.id(), tieA.id(), tieB.id(), late.id());
        assertThat(ids(search(fromTheTieOn))).containsExactly(tieA.id(), tieB.id(), late.id());
        assertThat(ids(search(fromTheTieOn.startingBefore(T0.plusSeconds(120), false))))
                .containsExactly(tieA.id(), tieB.id());
        assertThat(ids(search(fromTheTieOn.withParticipant("megan")))).containsExactly(tieA.id(), late.id());
        assertThat(ids(search(CallRecordFilter.none().withParticipant("nobody")))).isEmpty();
    }

    @Test
    void a_listed_record_has_every_property_but_its_sessions() {
        CallRecord record = store(aCallRecord().tenant(tenant));
        assertThat(record.sessions()).isNotEmpty();

        List<CallRecord> listed = search(CallRecordFilter.none());

        Expect.sameInEveryField(listed, List.of(withoutSessions(record)));
    }

    @Test
    void sparse_records_are_listed_with_their_nulls_and_blanks() {
        CallRecord sparse = store(aCallRecord().tenant(tenant).startingAt(T0).modalities(List.of()).joinWebUrl(null)
                .organizer(null).participants(List.of()).organizerV2(null).participantsV2(List.of()).noSessions());
        CallRecord blank = store(aCallRecord().tenant(tenant).startingAt(T0.plusSeconds(1)).joinWebUrl("")
                .organizer(Identities.anEmptySet()).organizerV2(new Organizer(null, null))
                .participantsV2(List.of(new CallRecordParticipant("", null))).noSessions());

        Expect.sameInEveryField(search(CallRecordFilter.none()), List.of(sparse, blank));
    }

    @Test
    void pages_cover_every_record_exactly_once_in_start_then_id_order() {
        List<CallRecord> stored = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            stored.add(store(aCallRecord().tenant(tenant).startingAt(T0.plusSeconds(i / 3)).noSessions()));
        }
        stored.sort(LIST_ORDER);
        List<CallRecordId> seen = new ArrayList<>();
        Optional<Position> after = Optional.empty();

        List<CallRecord> page;
        int pages = 0;
        do {
            page = callRecordSearch().find(tenant, CallRecordFilter.none(), LONG_AGO, after, 2);
            assertThat(page).hasSizeLessThanOrEqualTo(2);
            page.forEach(record -> seen.add(record.id()));
            after = page.isEmpty() ? after : Optional.of(positionOf(page.get(page.size() - 1)));
            assertThat(++pages).as("pages read (a page that does not move on repeats forever)")
                    .isLessThanOrEqualTo(stored.size() + 1);
        } while (!page.isEmpty());

        assertThat(seen).containsExactlyElementsOf(ids(stored));
    }

    @Test
    void a_page_starts_strictly_after_the_position_even_one_no_record_holds() {
        CallRecord a = store(aCallRecord().tenant(tenant).id("a-" + Ids.random()).startingAt(T0).noSessions());
        CallRecord c = store(aCallRecord().tenant(tenant).id("c-" + Ids.random()).startingAt(T0).noSessions());
        CallRecord later = store(aCallRecord().tenant(tenant).startingAt(T0.plusNanos(1_000)).noSessions());

        assertThat(ids(after(new Position(T0, a.id())))).containsExactly(c.id(), later.id());
        assertThat(ids(after(new Position(T0, CallRecordId.of("b"))))).containsExactly(c.id(), later.id());
        assertThat(ids(after(new Position(T0, c.id())))).containsExactly(later.id());
        assertThat(ids(after(new Position(T0.minusSeconds(1), CallRecordId.of("zzz"))))).containsExactly(a.id(), c.id(),
                later.id());
        assertThat(ids(after(positionOf(later)))).isEmpty();
    }

    @Test
    void bounds_include_or_exclude_their_instant_to_the_microsecond() {
        Instant at = T0;
        CallRecord before = store(aCallRecord().tenant(tenant).startingAt(at.minusNanos(1_000)).noSessions());
        CallRecord exactly = store(aCallRecord().tenant(tenant).startingAt(at).noSessions());
        CallRecord after = store(aCallRecord().tenant(tenant).startingAt(at.plusNanos(1_000)).noSessions());
        CallRecordFilter none = CallRecordFilter.none();

        assertThat(ids(search(none.startingFrom(at, true)))).containsExactly(exactly.id(), after.id());
        assertThat(ids(search(none.startingFrom(at, false)))).containsExactly(after.id());
        assertThat(ids(search(none.startingBefore(at, true)))).containsExactly(before.id(), exactly.id());
        assertThat(ids(search(none.startingBefore(at, false)))).containsExactly(before.id());
        assertThat(ids(search(none.startingFrom(at, true).startingBefore(at, true)))).containsExactly(exactly.id());
        assertThat(ids(search(none.startingFrom(at, false).startingBefore(at, false)))).isEmpty();
    }

    @Test
    void the_participant_filter_looks_at_participants_v2_ids_only() {
        CallRecord named = store(aCallRecord().tenant(tenant).withParticipant("lee").noSessions());
        store(aCallRecord().tenant(tenant).organizer(Identities.aUser("lee", "Lee")).participants(
                List.of(Identities.aUser("lee", "Lee"))).noSessions());
        store(aCallRecord().tenant(tenant).withParticipant("lee-gu").withParticipant("LEE").noSessions());

        assertThat(ids(search(CallRecordFilter.none().withParticipant("lee")))).containsExactly(named.id());
    }

    @Test
    void records_stored_before_the_retention_cut_are_left_out() {
        Instant cut = T0.plus(Duration.ofDays(30));
        store(aCallRecord().tenant(tenant).storedAt(cut.minusNanos(1_000)).noSessions());
        CallRecord atTheCut = store(aCallRecord().tenant(tenant).startingAt(T0).storedAt(cut).noSessions());
        CallRecord after = store(aCallRecord().tenant(tenant).startingAt(T0.plusSeconds(1)).storedAt(cut.plusSeconds(1))
                .noSessions());

        assertThat(ids(callRecordSearch().find(tenant, CallRecordFilter.none(), cut, Optional.empty(), 10)))
                .containsExactly(atTheCut.id(), after.id());
    }

    @Test
    void another_tenant_s_records_are_never_listed() {
        store(aCallRecord().tenant(tenant).noSessions());

        assertThat(callRecordSearch().find(Tenants.random(), CallRecordFilter.none(), LONG_AGO, Optional.empty(), 10))
                .isEmpty();
    }

    @Test
    void a_tenant_without_records_lists_nothing() {
        assertThat(search(CallRecordFilter.none())).isEmpty();
    }

    @Test
    void a_page_holds_at_most_the_limit() {
        List<CallRecord> stored = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            stored.add(store(aCallRecord().tenant(tenant).startingAt(T0.plusSeconds(i)).noSessions()));
        }

        assertThat(ids(find(1))).containsExactly(stored.get(0).id());
        assertThat(ids(find(3))).containsExactlyElementsOf(ids(stored));
        assertThat(ids(find(100))).containsExactlyElementsOf(ids(stored));
        assertThat(find(0)).isEmpty();
    }

    @Test
    void an_updated_record_is_listed_at_its_new_start() {
        CallRecord first = store(aCallRecord().tenant(tenant).startingAt(T0).noSessions());
        CallRecord second = store(aCallRecord().tenant(tenant).startingAt(T0.plusSeconds(10)).noSessions());

        callRecords().update(aCallRecord().tenant(tenant).id(first.id()).version(2).startingAt(T0.plusSeconds(20))
                .noSessions().build(), 1);

        assertThat(ids(search(CallRecordFilter.none()))).containsExactly(second.id(), first.id());
    }

    @Test
    void the_listing_agrees_with_the_filter_s_own_rule_for_many_random_searches() {
        Random random = new Random(20261125);
        List<String> people = List.of("p1", "p2", "p3");
        List<CallRecord> stored = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            var record = aCallRecord().tenant(tenant)
                    .startingAt(T0.plusSeconds(random.nextInt(6)).plusNanos(1_000L * random.nextInt(2)))
                    .storedAt(T0.plus(Duration.ofDays(random.nextInt(4))))
                    .participantsV2(List.of())
                    .noSessions();
            for (String person : people) {
                if (random.nextBoolean()) {
                    record.withParticipant(person);
                }
            }
            stored.add(store(record));
        }

        for (int query = 0; query < 80; query++) {
            CallRecordFilter filter = CallRecordFilter.none();
            if (random.nextBoolean()) {
                filter = filter.startingFrom(T0.plusSeconds(random.nextInt(6)), random.nextBoolean());
            }
            if (random.nextBoolean()) {
                filter = filter.startingBefore(T0.plusSeconds(random.nextInt(6)), random.nextBoolean());
            }
            if (random.nextBoolean()) {
                filter = filter.withParticipant(people.get(random.nextInt(people.size())));
            }
            Instant storedSince = T0.plus(Duration.ofDays(random.nextInt(4)));
            Optional<Position> after = random.nextBoolean() ? Optional.empty()
                    : Optional.of(positionOf(stored.get(random.nextInt(stored.size()))));
            int limit = random.nextInt(8);
            CallRecordFilter theFilter = filter;
            List<CallRecordId> expected = stored.stream()
                    .filter(theFilter::matches)
                    .filter(record -> !record.storedDateTime().isBefore(storedSince))
                    .filter(record -> after.map(position -> LIST_ORDER.compare(record, at(position)) > 0).orElse(true))
                    .sorted(LIST_ORDER)
                    .limit(limit)
                    .map(CallRecord::id)
                    .toList();

            List<CallRecord> found = callRecordSearch().find(tenant, filter, storedSince, after, limit);

            assertThat(ids(found)).as("%s, stored since %s, after %s, limit %d", filter, storedSince, after, limit)
                    .containsExactlyElementsOf(expected);
        }
    }

    // ---- helpers

    @Test
    void sessions_of_several_records_come_at_once_each_with_its_own_in_order() {
        CallRecord withSessions = store(aCallRecord().tenant(tenant));
        CallRecord without = store(aCallRecord().tenant(tenant).noSessions());
        CallRecord foreign = callRecords().insert(aCallRecord().tenant(Tenants.random()).build());

        Map<CallRecordId, List<Session>> sessions = callRecordSearch().sessionsOf(tenant,
                List.of(withSessions.id(), without.id(), foreign.id(), CallRecordId.of("missing-" + Ids.random())),
                LONG_AGO);

        assertThat(withSessions.sessions()).isNotEmpty();
        assertThat(sessions).containsOnlyKeys(withSessions.id(), without.id());
        assertThat(sessions.get(withSessions.id())).isEqualTo(withSessions.sessions());
        assertThat(sessions.get(without.id())).isEmpty();
    }

    @Test
    void sessions_of_records_stored_before_the_retention_cut_are_left_out() {
        Instant cut = T0.plusSeconds(3_600);
        CallRecord old = store(aCallRecord().tenant(tenant).storedAt(cut.minusSeconds(1)));
        CallRecord kept = store(aCallRecord().tenant(tenant).storedAt(cut));

        assertThat(callRecordSearch().sessionsOf(tenant, List.of(old.id(), kept.id()), cut)).containsOnlyKeys(kept.id());
    }

    @Test
    void no_records_asked_for_means_no_sessions() {
        assertThat(callRecordSearch().sessionsOf(tenant, List.of(), LONG_AGO)).isEmpty();
    }

    private CallRecord store(CallRecords.Builder record) {
        return callRecords().insert(record.build());
    }

    private List<CallRecord> search(CallRecordFilter filter) {
        return callRecordSearch().find(tenant, filter, LONG_AGO, Optional.empty(), 100);
    }

    private List<CallRecord> after(Position position) {
        return callRecordSearch().find(tenant, CallRecordFilter.none(), LONG_AGO, Optional.of(position), 100);
    }

    private List<CallRecord> find(int limit) {
        return callRecordSearch().find(tenant, CallRecordFilter.none(), LONG_AGO, Optional.empty(), limit);
    }

    private static List<CallRecordId> ids(List<CallRecord> records) {
        return records.stream().map(CallRecord::id).toList();
    }

    private static Position positionOf(CallRecord record) {
        return new Position(record.startDateTime(), record.id());
    }

    /** A record that sorts exactly where {@code position} is, for comparing with {@link #LIST_ORDER}. */
    private CallRecord at(Position position) {
        return aCallRecord().tenant(tenant).id(position.id()).startingAt(position.startDateTime()).noSessions().build();
    }

    private static CallRecord withoutSessions(CallRecord record) {
        return new CallRecord(record.tenantId(), record.id(), record.version(), record.type(), record.modalities(),
                record.startDateTime(), record.endDateTime(), record.lastModifiedDateTime(), record.joinWebUrl(),
                record.organizer(), record.participants(), record.organizerV2(), record.participantsV2(), List.of(),
                record.storedDateTime());
    }
}
