package dev.switchboard.application.service.call;

import dev.switchboard.application.port.in.call.CreateCallCommand;
import dev.switchboard.application.service.ServiceTestSupport;
import dev.switchboard.application.service.ServiceTestSupport.StoreContents;
import dev.switchboard.application.service.SwitchboardCore;
import dev.switchboard.application.testing.fixtures.Calls;
import dev.switchboard.application.testing.fixtures.Times;
import dev.switchboard.domain.call.Call;
import dev.switchboard.domain.call.CallDirection;
import dev.switchboard.domain.call.CallKind;
import dev.switchboard.domain.call.CallState;
import dev.switchboard.domain.call.NewCall;
import dev.switchboard.domain.common.DynamicProperties;
import dev.switchboard.domain.error.FieldError;
import dev.switchboard.domain.error.InvalidInputException;
import dev.switchboard.domain.event.CallStateChanged;
import dev.switchboard.domain.event.ParticipantJoined;
import dev.switchboard.domain.identity.CommunicationsApplicationIdentity;
import dev.switchboard.domain.participant.Participant;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.switchboard.application.service.ServiceTestSupport.APPLICATION_ID;
import static dev.switchboard.application.service.ServiceTestSupport.TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Placing a call ({@code POST /communications/calls}). */
class CreateCallServiceTest {

    private final ServiceTestSupport given = new ServiceTestSupport();
    private final SwitchboardCore core = given.core();

    @Test
    void a_new_call_is_establishing_outgoing_and_stored() {
        NewCall spec = Calls.aGroupCallSpec();

        Call call = core.createCall().create(new CreateCallCommand(TENANT, APPLICATION_ID, spec));

        assertThat(call.state()).isEqualTo(CallState.ESTABLISHING);
        assertThat(call.direction()).isEqualTo(CallDirection.OUTGOING);
        assertThat(call.spec()).isEqualTo(spec);
        assertThat(call.createdDateTime()).isEqualTo(Times.T0);
        assertThat(call.resultInfo()).isNull();
        assertThat(call.callChainId()).isNotBlank();
        assertThat(given.read(call)).isEqualTo(call);
    }

    @Test
    void the_kind_of_call_follows_from_what_the_client_asked_for() {
        assertThat(given.placed(Calls.aPeerToPeerSpec()).kind()).isEqualTo(CallKind.PEER_TO_PEER);
        assertThat(given.placed(Calls.aGroupCallSpec()).kind()).isEqualTo(CallKind.GROUP);
    }

    @Test
    void the_application_is_on_the_roster_of_its_new_call_as_the_calls_source() {
        NewCall spec = Calls.aGroupCallSpec();

        Call call = core.createCall().create(new CreateCallCommand(TENANT, APPLICATION_ID, spec));

        List<Participant> roster = given.roster(call);
        assertThat(roster).singleElement().satisfies(application -> {
            assertThat(application.id()).isEqualTo(call.myParticipantId());
            assertThat(application.info().identity()).isEqualTo(spec.source().identity());
            assertThat(application.info().participantId()).isEqualTo(call.myParticipantId().value());
            assertThat(application.rosterSequenceNumber()).isEqualTo(1);
            assertThat(application.joinedDateTime()).isEqualTo(Times.T0);
        });
    }

    @Test
    void without_a_source_the_application_is_on_the_roster_by_its_application_id() {
        Call call = core.createCall().create(new CreateCallCommand(TENANT, APPLICATION_ID, Calls.aPeerToPeerSpec()));

        Participant application = given.roster(call).get(0);

        assertThat(application.info().identity().application())
                .isEqualTo(new CommunicationsApplicationIdentity(APPLICATION_ID, null, null, null, null));
    }

    @Test
    void placing_a_call_announces_the_call_and_the_application_joining_it() {
        Call call = core.createCall().create(new CreateCallCommand(TENANT, APPLICATION_ID, Calls.aGroupCallSpec()));

        Participant application = given.roster(call).get(0);
        assertThat(given.events().published())
                .containsExactly(new CallStateChanged(call), new ParticipantJoined(application));
    }

    @Test
    void a_call_without_callback_media_or_anyone_to_call_is_refused_naming_every_problem_and_nothing_is_stored() {
        StoreContents before = given.contents();

        assertThatThrownBy(() -> core.createCall().create(new CreateCallCommand(TENANT, APPLICATION_ID, new NewCall(
                "ftp://bot.contoso.com/callback", "x".repeat(1_025), null, List.of(), List.of(), null, null, null,
                DynamicProperties.none()))))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> {
                    assertThat(refused.errors()).extracting(FieldError::path)
                            .containsExactly("callbackUri", "subject", "mediaConfig", "targets");
                    assertThat(refused).hasMessageContaining("callbackUri: must be an absolute http or https URL");
                });
        assertThat(given.contents()).isEqualTo(before);
    }

    @Test
    void a_missing_callback_uri_is_required() {
        NewCall withoutCallback = Calls.aPeerToPeerSpec();

        assertThatThrownBy(() -> new NewCall(null, null, null, withoutCallback.targets(), List.of(),
                withoutCallback.mediaConfig(), null, null, null))
                .isInstanceOfSatisfying(InvalidInputException.class, refused ->
                        assertThat(refused.errors()).containsExactly(new FieldError("callbackUri", "is required")));
    }
}
