package dev.switchboard.application.service.callrecord;

import dev.switchboard.application.port.in.callrecord.CallRecordQueries;
import dev.switchboard.application.port.in.callrecord.CallRecordQueries.GetCallRecordQuery;
import dev.switchboard.application.port.in.callrecord.CallRecordQueries.ListCallRecordsQuery;
import dev.switchboard.application.port.in.callrecord.CallRecordQueries.ListSessionsQuery;
import dev.switchboard.application.port.paging.Cursor;
import dev.switchboard.application.port.paging.Page;
import dev.switchboard.application.port.paging.PageRequest;
import dev.switchboard.application.service.ServiceTestSupport;
import dev.switchboard.domain.callrecord.CallRecord;
import dev.switchboard.domain.callrecord.CallRecordFilter;
import dev.switchboard.domain.callrecord.Session;
import dev.switchboard.domain.common.CallRecordId;
import dev.switchboard.domain.error.InvalidInputException;
import dev.switchboard.domain.error.NotFoundException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

import static dev.switchboard.application.service.ServiceTestSupport.OTHER_TENANT;
import static dev.switchboard.application.service.ServiceTestSupport.TENANT;
import static dev.switchboard.application.service.ServiceTestSupport.aNewCallRecord;
import static dev.switchboard.application.service.ServiceTestSupport.aSession;
import static dev.switchboard.application.service.ServiceTestSupport.naming;
import static dev.switchboard.application.service.ServiceTestSupport.withParticipant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading call records: one with its sessions, the filtered list, and a record's sessions, all in pages. */
class CallRecordQueryServiceTest {

    private static final Instant START = Instant.parse("2026-11-01T08:00:00Z");

    private final ServiceTestSupport given = new ServiceTestSupport();
    private final CallRecordQueries records = given.core().callRecordQueries();

    @Test
    void a_record_reads_back_with_its_sessions() {
        CallRecord created = given.aCallRecord(aNewCallRecord(START, aSession("s1", START), aSession("s2", START)));

        CallRecord read = records.get(new GetCallRecordQuery(TENANT, created.id()));

        assertThat(read).isEqualTo(created);
        assertThat(read.sessions()).extracting(Session::id).containsExactly("s1", "s2");
    }

    @Test
    void records_are_listed_by_start_then_id_without_their_sessions() {
        CallRecord third = given.aCallRecord(aNewCallRecord(minutes(3), aSession("s", minutes(3))));
        CallRecord firstA = given.aCallRecord(aNewCallRecord(minutes(1), aSession("s", minutes(1))));
        CallRecord second = given.aCallRecord(aNewCallRecord(minutes(2), aSession("s", minutes(2))));
        CallRecord firstB = given.aCallRecord(aNewCallRecord(minutes(1), aSession("s", minutes(1))));

        List<CallRecord> listed = records.list(new ListCallRecordsQuery(TENANT, CallRecordFilter.none(),
                PageRequest.first())).items();

        assertThat(listed).extracting(CallRecord::id).containsExactly(firstA.id(), firstB.id(), second.id(), third.id());
        assertThat(listed).allSatisfy(record -> assertThat(record.sessions()).isEmpty());
    }

    @Test
    void the_start_range_filter_honours_inclusive_and_exclusive_bounds() {
        List<CallRecordId> ids = IntStream.rangeClosed(1, 4)
                .mapToObj(m -> given.aCallRecord(aNewCallRecord(minutes(m))).id()).toList();

        assertThat(idsListed(CallRecordFilter.none().startingFrom(minutes(2), true).startingBefore(minutes(4), false)))
                .containsExactly(ids.get(1), ids.get(2));
        assertThat(idsListed(CallRecordFilter.none().startingFrom(minutes(2), false).startingBefore(minutes(4), true)))
                .containsExactly(ids.get(2), ids.get(3));
        assertThat(idsListed(CallRecordFilter.none().startingFrom(minutes(3), true)))
                .containsExactly(ids.get(2), ids.get(3));
        assertThat(idsListed(CallRecordFilter.none().startingBefore(minutes(1), false))).isEmpty();
    }

    @Test
    void the_participant_filter_keeps_the_records_that_name_the_participant() {
        CallRecord withLee = given.aCallRecord(withParticipant(aNewCallRecord(minutes(1)), "lee"));
        given.aCallRecord(withParticipant(aNewCallRecord(minutes(2)), "megan"));
        CallRecord withLeeToo = given.aCallRecord(withParticipant(aNewCallRecord(minutes(3)), "lee"));

        assertThat(idsListed(CallRecordFilter.none().withParticipant("lee")))
                .containsExactly(withLee.id(), withLeeToo.id());
        assertThat(idsListed(CallRecordFilter.none().withParticipant("lee").startingFrom(minutes(2), true)))
                .containsExactly(withLeeToo.id());
    }

    @Test
    void pages_hold_at_most_60_records_even_when_more_are_asked_for_and_the_cursors_visit_each_once() {
        List<CallRecordId> created = IntStream.range(0, 125)
                .mapToObj(i -> given.aCallRecord(aNewCallRecord(START.plusSeconds(i))).id()).toList();

        List<Integer> pageSizes = new ArrayList<>();
        List<CallRecordId> seen = new ArrayList<>();
        readAllPages(PageRequest.first(500), request -> records.list(
                new ListCallRecordsQuery(TENANT, CallRecordFilter.none(), request)), pageSizes, seen, CallRecord::id);

        assertThat(pageSizes).containsExactly(60, 60, 5);
        assertThat(seen).containsExactlyElementsOf(created);
    }

    @Test
    void the_cursor_of_a_record_continues_the_list_after_it() {
        CallRecord first = given.aCallRecord(aNewCallRecord(minutes(1)));
        CallRecord second = given.aCallRecord(aNewCallRecord(minutes(2)));

        Page<CallRecord> rest = records.list(new ListCallRecordsQuery(TENANT, CallRecordFilter.none(),
                PageRequest.first().after(records.cursorOf(first))));

        assertThat(rest.items()).extracting(CallRecord::id).containsExactly(second.id());
    }

    @Test
    void a_cursor_this_list_did_not_issue_is_refused() {
        Cursor ofCalls = given.core().callQueries().cursorOf(given.aGroupCall());
        Cursor withABadDate = Cursor.of("callRecord", "yesterday", "some-id");

        for (Cursor cursor : List.of(ofCalls, withABadDate)) {
            assertThatThrownBy(() -> records.list(new ListCallRecordsQuery(TENANT, CallRecordFilter.none(),
                    PageRequest.first().after(cursor))))
                    .isInstanceOfSatisfying(InvalidInputException.class, naming("$skiptoken"));
        }
    }

    @Test
    void another_tenant_sees_none_of_the_records() {
        CallRecord ours = given.aCallRecord(aNewCallRecord(START, aSession("s1", START)));

        assertThat(records.list(new ListCallRecordsQuery(OTHER_TENANT, CallRecordFilter.none(), PageRequest.first()))
                .items()).isEmpty();
        assertThatThrownBy(() -> records.get(new GetCallRecordQuery(OTHER_TENANT, ours.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> records.listSessions(new ListSessionsQuery(OTHER_TENANT, ours.id(), PageRequest.first())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_record_stays_for_30_days_after_it_was_stored_whatever_its_own_dates_then_is_gone() {
        CallRecord fromLongAgo = given.aCallRecord(aNewCallRecord(Instant.parse("2017-04-20T09:15:00Z"),
                aSession("s1", Instant.parse("2017-04-20T09:15:00Z"))));

        given.clock().advance(Duration.ofDays(30));
        assertThat(records.get(new GetCallRecordQuery(TENANT, fromLongAgo.id()))).isEqualTo(fromLongAgo);
        assertThat(idsListed(CallRecordFilter.none())).containsExactly(fromLongAgo.id());

        given.clock().advance(Duration.ofNanos(1_000));
        assertThatThrownBy(() -> records.get(new GetCallRecordQuery(TENANT, fromLongAgo.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> records.listSessions(new ListSessionsQuery(TENANT, fromLongAgo.id(), PageRequest.first())))
                .isInstanceOf(NotFoundException.class);
        assertThat(idsListed(CallRecordFilter.none())).isEmpty();
    }

    @Test
    void sessions_come_in_pages_in_the_records_own_order() {
        CallRecord record = given.aCallRecord(aNewCallRecord(START, aSession("s5", START), aSession("s1", START),
                aSession("s4", START), aSession("s2", START), aSession("s3", START)));

        List<Integer> pageSizes = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        readAllPages(PageRequest.first(2), request -> records.listSessions(
                new ListSessionsQuery(TENANT, record.id(), request)), pageSizes, seen, Session::id);

        assertThat(pageSizes).containsExactly(2, 2, 1);
        assertThat(seen).containsExactly("s5", "s1", "s4", "s2", "s3");
    }

    @Test
    void a_page_of_sessions_holds_at_most_60() {
        Session[] sixtyOne = IntStream.range(0, 61).mapToObj(i -> aSession("s" + i, START)).toArray(Session[]::new);
        CallRecord record = given.aCallRecord(aNewCallRecord(START, sixtyOne));

        Page<Session> first = records.listSessions(new ListSessionsQuery(TENANT, record.id(), PageRequest.first(500)));

        assertThat(first.items()).hasSize(60);
        Page<Session> second = records.listSessions(new ListSessionsQuery(TENANT, record.id(),
                PageRequest.first(500).after(first.next().orElseThrow())));
        assertThat(second.items()).extracting(Session::id).containsExactly("s60");
        assertThat(second.next()).isEmpty();
    }

    @Test
    void sessions_must_have_distinct_ids_so_that_paging_by_id_lists_each_once() {
        assertThatThrownBy(() -> given.aCallRecord(aNewCallRecord(START, aSession("same", START),
                aSession("same", START))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("sessions[1].id");
    }

    @Test
    void a_cursor_of_another_list_is_refused_by_the_sessions() {
        CallRecord record = given.aCallRecord(aNewCallRecord(START, aSession("s1", START)));

        assertThatThrownBy(() -> records.listSessions(new ListSessionsQuery(TENANT, record.id(),
                PageRequest.first().after(records.cursorOf(record)))))
                .isInstanceOfSatisfying(InvalidInputException.class, naming("$skiptoken"));
    }

    private List<CallRecordId> idsListed(CallRecordFilter filter) {
        List<CallRecordId> ids = new ArrayList<>();
        readAllPages(PageRequest.first(), request -> records.list(new ListCallRecordsQuery(TENANT, filter, request)),
                new ArrayList<>(), ids, CallRecord::id);
        return ids;
    }

    /** Follows the cursors from {@code first} to the last page, noting each page's size and each item's key. */
    private static <T, K> void readAllPages(PageRequest first, Function<PageRequest, Page<T>> list,
                                            List<Integer> pageSizes, List<K> keys, Function<T, K> keyOf) {
        PageRequest request = first;
        while (true) {
            Page<T> page = list.apply(request);
            pageSizes.add(page.items().size());
            page.items().forEach(item -> keys.add(keyOf.apply(item)));
            if (page.next().isEmpty()) {
                return;
            }
            request = request.after(page.next().get());
        }
    }

    private static Instant minutes(int minutes) {
        return START.plus(Duration.ofMinutes(minutes));
    }
}
