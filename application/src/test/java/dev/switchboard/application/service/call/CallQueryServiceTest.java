package dev.switchboard.application.service.call;

import dev.switchboard.application.port.in.call.CallQueries;
import dev.switchboard.application.port.in.call.CallQueries.GetCallQuery;
import dev.switchboard.application.port.in.call.CallQueries.ListCallsQuery;
import dev.switchboard.application.port.paging.Cursor;
import dev.switchboard.application.port.paging.Page;
import dev.switchboard.application.port.paging.PageRequest;
import dev.switchboard.application.service.ServiceTestSupport;
import dev.switchboard.application.service.SwitchboardCore;
import dev.switchboard.domain.call.Call;
import dev.switchboard.domain.call.CallState;
import dev.switchboard.domain.common.CallId;
import dev.switchboard.domain.error.InvalidInputException;
import dev.switchboard.domain.error.NotFoundException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static dev.switchboard.application.service.ServiceTestSupport.OTHER_TENANT;
import static dev.switchboard.application.service.ServiceTestSupport.TENANT;
import static dev.switchboard.application.service.ServiceTestSupport.naming;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading calls: one by id, and the tenant's list in pages. */
class CallQueryServiceTest {

    private final ServiceTestSupport given = new ServiceTestSupport();
    private final SwitchboardCore core = given.core();
    private final CallQueries calls = core.callQueries();

    @Test
    void a_call_reads_back_as_it_was_placed() {
        Call placed = given.aGroupCall();

        assertThat(calls.get(new GetCallQuery(TENANT, placed.id()))).isEqualTo(placed);
    }

    @Test
    void an_unknown_call_is_not_found() {
        assertThatThrownBy(() -> calls.get(new GetCallQuery(TENANT, CallId.of("no-such-call"))))
                .isInstanceOfSatisfying(NotFoundException.class, notFound -> {
                    assertThat(notFound.resource()).isEqualTo("call");
                    assertThat(notFound.id()).isEqualTo("no-such-call");
                });
    }

    @Test
    void another_tenant_cannot_see_the_call_neither_by_id_nor_in_its_list() {
        Call ours = given.aGroupCall();

        assertThatThrownBy(() -> calls.get(new GetCallQuery(OTHER_TENANT, ours.id())))
                .isInstanceOf(NotFoundException.class);
        assertThat(calls.list(new ListCallsQuery(OTHER_TENANT, PageRequest.first())).items()).isEmpty();
        assertThat(calls.list(new ListCallsQuery(TENANT, PageRequest.first())).items()).containsExactly(ours);
    }

    @Test
    void following_the_cursors_visits_every_call_exactly_once_in_id_order() {
        List<CallId> placed = IntStream.range(0, 7).mapToObj(i -> given.aGroupCall().id()).toList();
        given.aGroupCallOf(OTHER_TENANT);

        List<Integer> pageSizes = new ArrayList<>();
        List<CallId> seen = new ArrayList<>();
        PageRequest request = PageRequest.first(3);
        while (true) {
            Page<Call> page = calls.list(new ListCallsQuery(TENANT, request));
            pageSizes.add(page.items().size());
            page.items().forEach(call -> seen.add(call.id()));
            if (page.next().isEmpty()) {
                break;
            }
            request = request.after(page.next().get());
        }

        assertThat(pageSizes).containsExactly(3, 3, 1);
        assertThat(seen).containsExactlyElementsOf(placed);
    }

    @Test
    void a_page_never_holds_more_than_a_hundred_calls() {
        IntStream.range(0, CallQueries.MAX_PAGE_SIZE + 1).forEach(i -> given.aGroupCall());

        Page<Call> page = calls.list(new ListCallsQuery(TENANT, PageRequest.first(500)));

        assertThat(page.items()).hasSize(CallQueries.MAX_PAGE_SIZE);
        assertThat(page.next()).isPresent();
    }

    @Test
    void the_cursor_of_a_call_continues_the_list_after_that_call() {
        Call first = given.aGroupCall();
        Call second = given.aGroupCall();

        Page<Call> rest = calls.list(new ListCallsQuery(TENANT, PageRequest.first().after(calls.cursorOf(first))));

        assertThat(rest.items()).containsExactly(second);
    }

    @Test
    void a_cursor_of_another_list_is_refused() {
        Call call = given.aGroupCall();
        Cursor ofTheRoster = core.participantQueries().cursorOf(given.roster(call).get(0));

        assertThatThrownBy(() -> calls.list(new ListCallsQuery(TENANT, PageRequest.first().after(ofTheRoster))))
                .isInstanceOfSatisfying(InvalidInputException.class, naming("$skiptoken"));
        assertThatThrownBy(() -> calls.list(new ListCallsQuery(TENANT, PageRequest.first().after(new Cursor("forged!")))))
                .isInstanceOfSatisfying(InvalidInputException.class, naming("$skiptoken"));
    }

    @Test
    void a_terminated_call_stays_readable_for_an_hour_and_is_then_gone() {
        Call call = given.aGroupCall();
        given.clock().advance(Duration.ofMinutes(10));
        Call ended = given.hangUp(call);

        given.clock().advance(Duration.ofHours(1));
        assertThat(calls.get(new GetCallQuery(TENANT, call.id())).state()).isEqualTo(CallState.TERMINATED);
        assertThat(calls.list(new ListCallsQuery(TENANT, PageRequest.first())).items()).containsExactly(ended);

        given.clock().advance(Duration.ofNanos(1_000));
        assertThatThrownBy(() -> calls.get(new GetCallQuery(TENANT, call.id()))).isInstanceOf(NotFoundException.class);
        assertThat(calls.list(new ListCallsQuery(TENANT, PageRequest.first())).items()).isEmpty();
    }

    @Test
    void a_call_still_running_never_expires() {
        Call call = given.aGroupCall();

        given.clock().advance(Duration.ofDays(400));

        assertThat(calls.get(new GetCallQuery(TENANT, call.id()))).isEqualTo(call);
    }
}
