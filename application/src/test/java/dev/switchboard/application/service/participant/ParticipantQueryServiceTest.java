package dev.switchboard.application.service.participant;

import dev.switchboard.application.port.in.participant.ParticipantQueries;
import dev.switchboard.application.port.in.participant.ParticipantQueries.GetParticipantQuery;
import dev.switchboard.application.port.in.participant.ParticipantQueries.ListParticipantsQuery;
import dev.switchboard.application.port.in.participant.RemoveParticipantCommand;
import dev.switchboard.application.port.paging.Page;
import dev.switchboard.application.port.paging.PageRequest;
import dev.switchboard.application.service.CoreSettings;
import dev.switchboard.application.service.ServiceTestSupport;
import dev.switchboard.application.service.SwitchboardCore;
import dev.switchboard.domain.call.Call;
import dev.switchboard.domain.common.CallId;
import dev.switchboard.domain.common.ParticipantId;
import dev.switchboard.domain.error.InvalidInputException;
import dev.switchboard.domain.error.NotFoundException;
import dev.switchboard.domain.participant.Participant;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import static dev.switchboard.application.service.ServiceTestSupport.OTHER_TENANT;
import static dev.switchboard.application.service.ServiceTestSupport.TENANT;
import static dev.switchboard.application.service.ServiceTestSupport.naming;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading a call's roster. */
class ParticipantQueryServiceTest {

    private final ServiceTestSupport given = new ServiceTestSupport();
    private final SwitchboardCore core = given.core();
    private final ParticipantQueries participants = core.participantQueries();

    @Test
    void a_participant_reads_back_as_added() {
        Call call = given.aGroupCall();
        Participant adele = given.aParticipantIn(call);

        assertThat(participants.get(new GetParticipantQuery(TENANT, call.id(), adele.id()))).isEqualTo(adele);
    }

    @Test
    void an_unknown_participant_is_not_found_as_a_participant() {
        Call call = given.aGroupCall();

        assertThatThrownBy(() -> participants.get(new GetParticipantQuery(TENANT, call.id(), ParticipantId.of("nobody"))))
                .isInstanceOfSatisfying(NotFoundException.class, notFound("participant", "nobody"));
    }

    @Test
    void a_participant_who_left_is_not_found_as_a_participant() {
        Call call = given.aGroupCall();
        Participant adele = given.aParticipantIn(call);
        core.removeParticipant().remove(new RemoveParticipantCommand(TENANT, call.id(), adele.id()));

        assertThatThrownBy(() -> participants.get(new GetParticipantQuery(TENANT, call.id(), adele.id())))
                .isInstanceOfSatisfying(NotFoundException.class, notFound("participant", adele.id().value()));
    }

    @Test
    void a_participant_of_a_call_nobody_can_see_is_not_found_as_the_call() {
        Call call = given.aGroupCall();
        Participant adele = given.aParticipantIn(call);

        assertThatThrownBy(() -> participants.get(new GetParticipantQuery(OTHER_TENANT, call.id(), adele.id())))
                .isInstanceOfSatisfying(NotFoundException.class, notFound("call", call.id().value()));
        assertThatThrownBy(() -> participants.get(new GetParticipantQuery(TENANT, CallId.of("no-such-call"), adele.id())))
                .isInstanceOfSatisfying(NotFoundException.class, notFound("call", "no-such-call"));
    }

    @Test
    void a_participant_of_an_ended_call_reads_until_the_call_is_past_its_retention() {
        Call call = given.aGroupCall();
        Participant adele = given.aParticipantIn(call);
        given.hangUp(call);
        GetParticipantQuery query = new GetParticipantQuery(TENANT, call.id(), adele.id());

        given.clock().advance(CoreSettings.defaults().terminatedCallRetention());
        assertThat(participants.get(query).id()).isEqualTo(adele.id());

        given.clock().advance(Duration.ofSeconds(1));
        assertThatThrownBy(() -> participants.get(query))
                .isInstanceOfSatisfying(NotFoundException.class, notFound("call", call.id().value()));
    }

    @Test
    void the_roster_comes_in_pages_that_together_hold_everyone_once() {
        Call call = given.aGroupCall();
        List<ParticipantId> everyone = new ArrayList<>(List.of(call.myParticipantId()));
        IntStream.range(0, 4).forEach(i -> everyone.add(given.aParticipantIn(call).id()));

        List<ParticipantId> seen = new ArrayList<>();
        List<Integer> pageSizes = new ArrayList<>();
        PageRequest request = PageRequest.first(2);
        while (true) {
            Page<Participant> page = participants.list(new ListParticipantsQuery(TENANT, call.id(), request));
            pageSizes.add(page.items().size());
            page.items().forEach(participant -> seen.add(participant.id()));
            if (page.next().isEmpty()) {
                break;
            }
            request = request.after(page.next().get());
        }

        assertThat(pageSizes).containsExactly(2, 2, 1);
        assertThat(seen).containsExactlyElementsOf(everyone);
    }

    @Test
    void a_peer_to_peer_roster_can_be_listed_too() {
        Call call = given.aPeerToPeerCall();

        assertThat(given.roster(call)).extracting(Participant::id).containsExactly(call.myParticipantId());
    }

    @Test
    void a_cursor_of_another_list_is_refused() {
        Call call = given.aGroupCall();

        assertThatThrownBy(() -> participants.list(new ListParticipantsQuery(TENANT, call.id(),
                PageRequest.first().after(core.callQueries().cursorOf(call)))))
                .isInstanceOfSatisfying(InvalidInputException.class, naming("$skiptoken"));
    }

    @Test
    void a_cursor_of_another_calls_roster_is_refused_rather_than_read_as_a_position_here() {
        Call other = given.aGroupCall();
        Participant elsewhere = given.aParticipantIn(other);
        Call call = given.aGroupCall();

        assertThatThrownBy(() -> participants.list(new ListParticipantsQuery(TENANT, call.id(),
                PageRequest.first().after(participants.cursorOf(elsewhere)))))
                .isInstanceOfSatisfying(InvalidInputException.class, naming("$skiptoken"));
    }

    @Test
    void the_roster_of_a_call_nobody_can_see_is_not_found() {
        Call call = given.aGroupCall();

        assertThatThrownBy(() -> participants.list(new ListParticipantsQuery(OTHER_TENANT, call.id(), PageRequest.first())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> participants.list(
                new ListParticipantsQuery(TENANT, CallId.of("no-such-call"), PageRequest.first())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> participants.get(new GetParticipantQuery(OTHER_TENANT, call.id(), call.myParticipantId())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void the_roster_of_a_terminated_call_goes_with_the_call() {
        Call call = given.anEndedGroupCall();
        assertThat(given.roster(call)).isNotEmpty();

        given.clock().advance(Duration.ofHours(2));

        assertThatThrownBy(() -> participants.list(new ListParticipantsQuery(TENANT, call.id(), PageRequest.first())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> participants.get(new GetParticipantQuery(TENANT, call.id(), call.myParticipantId())))
                .isInstanceOf(NotFoundException.class);
    }

    private static Consumer<NotFoundException> notFound(String resource, String id) {
        return notFound -> {
            assertThat(notFound.resource()).isEqualTo(resource);
            assertThat(notFound.id()).isEqualTo(id);
        };
    }
}
