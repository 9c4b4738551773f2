package dev.switchboard.app.lifecycle;

import dev.switchboard.application.port.in.call.CallQueries;
import dev.switchboard.application.port.in.call.CreateCallCommand;
import dev.switchboard.application.port.in.call.CreateCallUseCase;
import dev.switchboard.application.port.in.operation.OperationQueries;
import dev.switchboard.application.port.in.participant.InviteParticipantsCommand;
import dev.switchboard.application.port.in.participant.InviteParticipantsUseCase;
import dev.switchboard.application.port.in.participant.ParticipantQueries;
import dev.switchboard.application.port.paging.PageRequest;
import dev.switchboard.application.testing.fixtures.Calls;
import dev.switchboard.application.testing.fixtures.Identities;
import dev.switchboard.application.testing.fixtures.Tenants;
import dev.switchboard.domain.call.Call;
import dev.switchboard.domain.call.CallState;
import dev.switchboard.domain.common.TenantId;
import dev.switchboard.domain.operation.CommsOperation;
import dev.switchboard.domain.operation.OperationStatus;
import dev.switchboard.domain.participant.InvitationParticipantInfo;
import dev.switchboard.domain.participant.Participant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** In the running application, started work moves on by itself after {@code switchboard.lifecycle.operation-delay}. */
@SpringBootTest(properties = {
        "switchboard.lifecycle.operation-delay=PT0.3S",
        "switchboard.lifecycle.poll-interval=50ms"})
@ActiveProfiles("test")
class OperationsCompleteByThemselvesTest {

    private static final TenantId TENANT = Tenants.random();

    @Autowired
    CreateCallUseCase createCall;
    @Autowired
    InviteParticipantsUseCase invite;
    @Autowired
    CallQueries calls;
    @Autowired
    OperationQueries operations;
    @Autowired
    ParticipantQueries participants;

    @Test
    void a_placed_call_is_established_and_an_invitation_completes_without_anyone_patching_it() {
        Call call = createCall.create(new CreateCallCommand(TENANT, "bot-app", Calls.aGroupCallSpec()));
        assertThat(call.state()).isEqualTo(CallState.ESTABLISHING);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(calls.get(new CallQueries.GetCallQuery(TENANT, call.id())).state())
                        .isEqualTo(CallState.ESTABLISHED));

        CommsOperation invitation = invite.invite(new InviteParticipantsCommand(TENANT, call.id(),
                List.of(InvitationParticipantInfo.of(Identities.aUser("adele", "Adele Vance"))), "invite-adele"));
        assertThat(invitation.status()).isEqualTo(OperationStatus.RUNNING);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(operations.get(new OperationQueries.GetOperationQuery(TENANT, call.id(), invitation.id()))
                        .status()).isEqualTo(OperationStatus.COMPLETED));
        assertThat(roster(call)).extracting(Participant::identityId).contains("adele");
    }

    private List<Participant> roster(Call call) {
        return participants.list(new ParticipantQueries.ListParticipantsQuery(TENANT, call.id(), PageRequest.first()))
                .items();
    }
}
