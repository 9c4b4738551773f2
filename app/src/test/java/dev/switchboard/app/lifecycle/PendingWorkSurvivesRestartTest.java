package dev.switchboard.app.lifecycle;

import dev.switchboard.app.SwitchboardApplication;
import dev.switchboard.application.port.in.call.CreateCallCommand;
import dev.switchboard.application.port.in.call.CreateCallUseCase;
import dev.switchboard.application.port.in.operation.OperationQueries;
import dev.switchboard.application.port.in.participant.InviteParticipantsCommand;
import dev.switchboard.application.port.in.participant.InviteParticipantsUseCase;
import dev.switchboard.application.testing.fixtures.Calls;
import dev.switchboard.application.testing.fixtures.Identities;
import dev.switchboard.application.testing.fixtures.Tenants;
import dev.switchboard.domain.call.Call;
import dev.switchboard.domain.common.TenantId;
import dev.switchboard.domain.operation.CommsOperation;
import dev.switchboard.domain.operation.OperationStatus;
import dev.switchboard.domain.participant.InvitationParticipantInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Timers are stored, not held in memory: an invitation still pending when the application stops completes after the
 * next start on the same database.
 */
class PendingWorkSurvivesRestartTest {

    private static final TenantId TENANT = Tenants.random();

    @TempDir
    Path dataDir;

    @Test
    void an_invitation_pending_at_shutdown_completes_after_a_restart() {
        Call call;
        CommsOperation invitation;
        // the first run sets the timers but never runs them: its scheduler is off
        try (ConfigurableApplicationContext first = start(false)) {
            call = first.getBean(CreateCallUseCase.class)
                    .create(new CreateCallCommand(TENANT, "bot-app", Calls.aGroupCallSpec()));
            invitation = first.getBean(InviteParticipantsUseCase.class).invite(new InviteParticipantsCommand(TENANT,
                    call.id(), List.of(InvitationParticipantInfo.of(Identities.aUser("lee", "Lee Gu"))), null));
            assertThat(status(first, invitation)).isEqualTo(OperationStatus.RUNNING);
        }

        try (ConfigurableApplicationContext second = start(true)) {
            await().atMost(Duration.ofSeconds(15))
                    .untilAsserted(() -> assertThat(status(second, invitation)).isEqualTo(OperationStatus.COMPLETED));
        }
    }

    private ConfigurableApplicationContext start(boolean scheduler) {
        return new SpringApplicationBuilder(SwitchboardApplication.class).run(
                "--server.port=0",
                "--switchboard.data-dir=" + dataDir,
                "--switchboard.lifecycle.operation-delay=PT0.2S",
                "--switchboard.lifecycle.poll-interval=50ms",
                "--switchboard.lifecycle.scheduler.enabled=" + scheduler);
    }

    private static OperationStatus status(ConfigurableApplicationContext context, CommsOperation operation) {
        return context.getBean(OperationQueries.class).get(new OperationQueries.GetOperationQuery(
                operation.tenantId(), operation.callId(), operation.id())).status();
    }
}
