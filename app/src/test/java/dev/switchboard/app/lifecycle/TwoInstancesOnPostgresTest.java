package dev.switchboard.app.lifecycle;

import dev.switchboard.app.SwitchboardApplication;
import dev.switchboard.app.rest.OnPostgres;
import dev.switchboard.application.port.in.call.CallQueries;
import dev.switchboard.application.port.in.call.CreateCallCommand;
import dev.switchboard.application.port.in.call.CreateCallUseCase;
import dev.switchboard.application.port.in.call.HangUpCallCommand;
import dev.switchboard.application.port.in.call.HangUpCallUseCase;
import dev.switchboard.application.port.in.operation.OperationQueries;
import dev.switchboard.application.port.in.participant.InviteParticipantsCommand;
import dev.switchboard.application.port.in.participant.InviteParticipantsUseCase;
import dev.switchboard.application.testing.fixtures.Calls;
import dev.switchboard.application.testing.fixtures.Identities;
import dev.switchboard.application.testing.fixtures.Tenants;
import dev.switchboard.domain.call.Call;
import dev.switchboard.domain.call.CallState;
import dev.switchboard.domain.call.NewCall;
import dev.switchboard.domain.common.TenantId;
import dev.switchboard.domain.operation.CommsOperation;
import dev.switchboard.domain.operation.OperationStatus;
import dev.switchboard.domain.participant.InvitationParticipantInfo;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances on one PostgreSQL share the lifecycle work and the outbox: each timer's work is done once, and each
 * notification is delivered exactly once (the receiver never fails, so any second delivery would be a duplicate),
 * in the order of the call's changes, whichever instance made the change.
 */
@OnPostgres
class TwoInstancesOnPostgresTest {

    private static final String URL_VARIABLE = "SWITCHBOARD_TEST_POSTGRES_URL";
    private static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
    /** A schema of this test's own, dropped and built again on each run. */
    private static final String SCHEMA = "switchboard_two_instances";
    private static final TenantId TENANT = Tenants.random();
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void both_instances_work_and_every_notification_arrives_once_in_order() throws Exception {
        dropTheSchema();
        try (CallbackReceiver receiver = new CallbackReceiver(0);
             ConfigurableApplicationContext a = start();
             ConfigurableApplicationContext b = start()) {

            Call call = a.getBean(CreateCallUseCase.class).create(new CreateCallCommand(TENANT, "bot-app",
                    callingBack(receiver.url())));
            await().atMost(PATIENCE).until(() -> b.getBean(CallQueries.class)
                    .get(new CallQueries.GetCallQuery(TENANT, call.id())).state() == CallState.ESTABLISHED);
            CommsOperation invitation = b.getBean(InviteParticipantsUseCase.class).invite(
                    new InviteParticipantsCommand(TENANT, call.id(),
                            List.of(InvitationParticipantInfo.of(Identities.aUser("lee", "Lee Gu"))), null));
            await().atMost(PATIENCE).until(() -> a.getBean(OperationQueries.class).get(
                    new OperationQueries.GetOperationQuery(TENANT, call.id(), invitation.id())).status()
                    == OperationStatus.COMPLETED);
            a.getBean(HangUpCallUseCase.class).hangUp(new HangUpCallCommand(TENANT, call.id()));

            int expected = 7; // establishing, app joins, established, target joins, invite done, invitee joins, ended
            await().atMost(PATIENCE).until(() -> receiver.received().size() >= expected);
            // a duplicate, if any, would come within the next polls of either dispatcher
            await().during(Duration.ofSeconds(1)).atMost(PATIENCE).until(() -> receiver.received().size() == expected);

            List<CallbackReceiver.Received> received = receiver.received();
            Map<String, Long> timesById = received.stream().collect(
                    Collectors.groupingBy(CallbackReceiver.Received::notificationId, Collectors.counting()));
            assertThat(timesById.values()).containsOnly(1L);
            assertThat(received).hasSize(expected);
            assertThat(received.get(0).body()).contains("\"state\":\"establishing\"");
            assertThat(received.get(received.size() - 1).body()).contains("\"state\":\"terminated\"");
        }
    }

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(SwitchboardApplication.class).profiles("postgres").run(
                "--server.port=0",
                "--spring.datasource.url=" + urlOfSchema(),
                "--spring.datasource.username=",
                "--spring.datasource.password=",
                "--spring.flyway.schemas=" + SCHEMA,
                "--spring.flyway.create-schemas=true",
                // the production profile trusts a real identity provider; these tests sign their own tokens
                "--switchboard.security.local-issuer.enabled=true",
                "--switchboard.data-dir=target/test-data",
                "--switchboard.lifecycle.operation-delay=PT0.2S",
                "--switchboard.lifecycle.poll-interval=50ms",
                "--switchboard.notifications.poll-interval=50ms");
    }

    private static void dropTheSchema() throws SQLException {
        try (Connection connection = DriverManager.getConnection(url());
             Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + SCHEMA + " cascade");
        }
    }

    private static String url() {
        String url = System.getenv(URL_VARIABLE);
        return url == null || url.isBlank() ? DEFAULT_URL : url;
    }

    private static String urlOfSchema() {
        String url = url();
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA;
    }

    private static NewCall callingBack(String callbackUri) {
        NewCall spec = Calls.aPeerToPeerSpec();
        return new NewCall(callbackUri, spec.subject(), spec.source(), spec.targets(), spec.requestedModalities(),
                spec.mediaConfig(), spec.chatInfo(), spec.meetingInfo(), spec.dynamic());
    }

}
