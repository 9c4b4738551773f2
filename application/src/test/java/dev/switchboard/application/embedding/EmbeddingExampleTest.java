package dev.switchboard.application.embedding;

import dev.switchboard.application.port.in.call.CallQueries.GetCallQuery;
import dev.switchboard.application.port.in.call.CreateCallCommand;
import dev.switchboard.application.port.in.call.HangUpCallCommand;
import dev.switchboard.application.port.in.callrecord.CallRecordQueries.GetCallRecordQuery;
import dev.switchboard.application.port.in.operation.UpdateOperationCommand;
import dev.switchboard.application.port.in.participant.InviteParticipantsCommand;
import dev.switchboard.application.port.in.participant.ParticipantQueries.ListParticipantsQuery;
import dev.switchboard.application.port.paging.PageRequest;
import dev.switchboard.application.service.CoreSettings;
import dev.switchboard.application.service.SwitchboardCore;
import dev.switchboard.application.testing.inmemory.InMemoryPorts;
import dev.switchboard.domain.call.Call;
import dev.switchboard.domain.call.CallState;
import dev.switchboard.domain.call.MediaConfig;
import dev.switchboard.domain.call.NewCall;
import dev.switchboard.domain.callrecord.CallRecord;
import dev.switchboard.domain.callrecord.Session;
import dev.switchboard.domain.common.CallRecordId;
import dev.switchboard.domain.common.ExpectedVersion;
import dev.switchboard.domain.common.Patch;
import dev.switchboard.domain.common.TenantId;
import dev.switchboard.domain.identity.IdentitySet;
import dev.switchboard.domain.identity.PlainIdentity;
import dev.switchboard.domain.operation.CommsOperation;
import dev.switchboard.domain.operation.OperationPatch;
import dev.switchboard.domain.operation.OperationStatus;
import dev.switchboard.domain.participant.InvitationParticipantInfo;
import dev.switchboard.domain.participant.Modality;
import dev.switchboard.domain.participant.Participant;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Switchboard's core embedded in a plain Java program: no Spring, no container, just the outbound ports in and the use
 * cases out. The ports here are the in-memory adapters of the application module's test-jar; a real program passes its
 * own (a database, an outbox for events, the system clock).
 */
class EmbeddingExampleTest {

    @Test
    void the_core_runs_without_any_framework_on_the_class_path() {
        assertThatThrownBy(() -> Class.forName("org.springframework.context.ApplicationContext"))
                .isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void a_call_from_placing_it_to_its_record() {
        // Wire the core by hand: one call, no framework.
        InMemoryPorts adapters = new InMemoryPorts();
        SwitchboardCore switchboard = SwitchboardCore.assemble(adapters.ports(), CoreSettings.defaults());
        TenantId contoso = TenantId.of("contoso");

        // Place a call to Adele. The application itself is the first participant on the roster.
        NewCall toAdele = new NewCall(
                "https://bot.example.com/callback",                   // callbackUri
                "Support",                                            // subject
                null,                                                 // source: the application itself
                List.of(InvitationParticipantInfo.of(user("adele"))), // targets
                List.of(Modality.AUDIO),                              // requestedModalities
                new MediaConfig.ServiceHosted(List.of()),             // mediaConfig
                null, null, null);                                    // chatInfo, meetingInfo, other properties
        Call call = switchboard.createCall().create(new CreateCallCommand(contoso, "my-bot", toAdele));
        assertThat(call.state()).isEqualTo(CallState.ESTABLISHING);

        // Invite Megan. The answer is an operation that is still running.
        CommsOperation invitation = switchboard.inviteParticipants().invite(new InviteParticipantsCommand(
                contoso, call.id(), List.of(InvitationParticipantInfo.of(user("megan"))), "invite-megan"));
        assertThat(invitation.status()).isEqualTo(OperationStatus.RUNNING);

        // Complete the operation, as the lifecycle engine or a client's PATCH does: Megan joins the roster.
        switchboard.updateOperation().update(new UpdateOperationCommand(contoso, call.id(), invitation.id(),
                OperationPatch.empty().withStatus(Patch.of(OperationStatus.COMPLETED)), ExpectedVersion.none()));
        List<Participant> roster = switchboard.participantQueries()
                .list(new ListParticipantsQuery(contoso, call.id(), PageRequest.first())).items();
        assertThat(roster).extracting(Participant::identityId).containsExactly("my-bot", "megan");

        // Hang up. The call is terminated and leaves a record with a session for each participant.
        switchboard.hangUpCall().hangUp(new HangUpCallCommand(contoso, call.id()));
        assertThat(switchboard.callQueries().get(new GetCallQuery(contoso, call.id())).state())
                .isEqualTo(CallState.TERMINATED);
        CallRecord record = switchboard.callRecordQueries()
                .get(new GetCallRecordQuery(contoso, CallRecordId.of(call.callChainId())));
        assertThat(record.sessions()).extracting(Session::id)
                .containsExactlyInAnyOrderElementsOf(roster.stream().map(participant -> participant.id().value()).toList());
    }

    private static IdentitySet user(String id) {
        return IdentitySet.ofUser(new PlainIdentity(id, null, null));
    }
}
