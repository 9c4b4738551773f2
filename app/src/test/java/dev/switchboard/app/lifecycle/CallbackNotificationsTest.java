package dev.switchboard.app.lifecycle;

import dev.switchboard.app.events.LiveEvents;
import dev.switchboard.app.security.LocalIssuer;
import dev.switchboard.application.port.in.call.CallQueries;
import dev.switchboard.application.port.in.call.CreateCallCommand;
import dev.switchboard.application.port.in.call.CreateCallUseCase;
import dev.switchboard.application.port.in.call.HangUpCallCommand;
import dev.switchboard.application.port.in.call.HangUpCallUseCase;
import dev.switchboard.application.port.in.operation.OperationQueries;
import dev.switchboard.application.port.in.participant.InviteParticipantsCommand;
import dev.switchboard.application.port.in.participant.InviteParticipantsUseCase;
import dev.switchboard.application.port.out.CallEventSource;
import dev.switchboard.application.testing.fixtures.Calls;
import dev.switchboard.application.testing.fixtures.Identities;
import dev.switchboard.application.testing.fixtures.Tenants;
import dev.switchboard.domain.call.Call;
import dev.switchboard.domain.call.CallState;
import dev.switchboard.domain.call.NewCall;
import dev.switchboard.domain.common.TenantId;
import dev.switchboard.domain.event.CallEvent;
import dev.switchboard.domain.operation.CommsOperation;
import dev.switchboard.domain.operation.OperationStatus;
import dev.switchboard.domain.participant.InvitationParticipantInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Callback notifications reach a real HTTP receiver on 127.0.0.1 in Graph's {@code commsNotifications} format
 * (graph-api §6), through the outbox: in the order of the changes, again after failures, each under a stable id.
 */
@SpringBootTest(properties = {
        "switchboard.lifecycle.operation-delay=PT0.2S",
        "switchboard.lifecycle.poll-interval=50ms",
        "switchboard.notifications.poll-interval=50ms",
        "switchboard.notifications.initial-backoff=50ms",
        "switchboard.notifications.max-backoff=200ms",
        "switchboard.notifications.timeout=2s"})
@ActiveProfiles("test")
class CallbackNotificationsTest {

    private static final TenantId TENANT = Tenants.random();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Autowired
    CreateCallUseCase createCall;

    @Autowired
    LocalIssuer issuer;
    @Autowired
    InviteParticipantsUseCase invite;
    @Autowired
    HangUpCallUseCase hangUp;
    @Autowired
    CallQueries calls;
    @Autowired
    OperationQueries operations;
    @Autowired
    LiveEvents liveEvents;

    private CallbackReceiver receiver;

    @AfterEach
    void stopTheReceiver() {
        if (receiver != null) {
            receiver.close();
        }
    }

    @Test
    void the_whole_flow_arrives_in_order_in_graphs_format_even_when_the_receiver_fails_at_first() throws IOException {
        receiver = new CallbackReceiver(3);
        List<CallEvent> heardLive = new CopyOnWriteArrayList<>();
        CallEventSource.Registration registration = liveEvents.source().listen(heardLive::add);

        Call call = createCall.create(new CreateCallCommand(TENANT, "bot-app", callingBack(receiver.url())));
        await().atMost(PATIENCE).until(() -> state(call) == CallState.ESTABLISHED);
        CommsOperation invitation = invite.invite(new InviteParticipantsCommand(TENANT, call.id(),
                List.of(InvitationParticipantInfo.of(Identities.aUser("adele", "Adele Vance"))), "invite-adele"));
        await().atMost(PATIENCE).until(() -> operations.get(new OperationQueries.GetOperationQuery(
                TENANT, call.id(), invitation.id())).status() == OperationStatus.COMPLETED);
        hangUp.hangUp(new HangUpCallCommand(TENANT, call.id()));

        String callUrl = "/communications/calls/" + call.id().value();
        List<String> expected = List.of(
                "updated " + callUrl + " establishing",
                "updated " + callUrl + "/participants",                        // the application
                "updated " + callUrl + " established",
                "updated " + callUrl + "/participants",                        // the target answered
                "deleted " + callUrl + "/operations/" + invitation.id().value() + " Completed",
                "updated " + callUrl + "/participants",                        // the invitee
                "deleted " + callUrl + " terminated");
        await().atMost(PATIENCE).until(() -> delivered().size() >= expected.size());

        Map<String, JsonNode> delivered = delivered();
        assertThat(delivered.values()).extracting(CallbackNotificationsTest::summary)
                .containsExactlyElementsOf(expected);
        assertThat(receiver.received()).filteredOn(received -> !received.accepted()).hasSize(3);
        assertThat(receiver.received()).allSatisfy(received -> assertThat(received.notificationId()).isNotBlank());

        JsonNode invitationDone = new ArrayList<>(delivered.values()).get(4);
        assertThat(invitationDone.path("@odata.type").asString()).isEqualTo("#microsoft.graph.commsNotifications");
        JsonNode operation = invitationDone.path("value").get(0).path("resourceData");
        assertThat(operation.path("@odata.type").asString()).isEqualTo("#microsoft.graph.inviteParticipantsOperation");
        assertThat(operation.path("clientContext").asString()).isEqualTo("invite-adele");
        JsonNode roster = new ArrayList<>(delivered.values()).get(5).path("value").get(0).path("resourceData");
        assertThat(roster.isArray()).isTrue();
        assertThat(roster.get(0).path("info").path("identity").path("user").path("id").asString()).isEqualTo("adele");
        JsonNode terminated = new ArrayList<>(delivered.values()).get(6).path("value").get(0).path("resourceData");
        assertThat(terminated.path("resultInfo").path("code").asInt()).isEqualTo(200);
        assertThat(terminated.path("resultInfo").path("subcode").asInt()).isEqualTo(7000);

        // the live side still hears everything after commit, as GraphQL subscriptions need
        assertThat(heardLive).isNotEmpty();
        registration.cancel();
    }

    @Test
    void every_callback_carries_a_token_for_the_application_that_placed_the_call_signed_by_a_published_key()
            throws Exception {
        receiver = new CallbackReceiver(0);
        Call call = createCall.create(new CreateCallCommand(TENANT, "bot-app", callingBack(receiver.url())));
        await().atMost(PATIENCE).until(() -> !receiver.received().isEmpty());

        String authorization = receiver.received().get(0).authorization();
        assertThat(authorization).startsWith("Bearer ");
        SignedJWT token = SignedJWT.parse(authorization.substring("Bearer ".length()));
        assertThat(token.verify(new RSASSAVerifier(issuer.publicKey()))).isTrue();
        JWTClaimsSet claims = token.getJWTClaimsSet();
        assertThat(claims.getAudience()).containsExactly("bot-app");
        assertThat(claims.getIssuer()).isEqualTo(issuer.issuer());
        assertThat(claims.getStringClaim("tid")).isEqualTo(TENANT.value());
        assertThat(claims.getSubject()).isEqualTo(call.id().value());
        assertThat(claims.getJWTID()).isNotBlank();
        assertThat(Duration.between(claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant()))
                .isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void a_call_whose_receiver_keeps_failing_does_not_hold_up_another_call() throws IOException {
        receiver = new CallbackReceiver(0);
        Call deaf = createCall.create(new CreateCallCommand(TENANT, "bot-app",
                callingBack("http://127.0.0.1:9/nobody-listens")));
        Call listening = createCall.create(new CreateCallCommand(TENANT, "bot-app", callingBack(receiver.url())));

        await().atMost(PATIENCE).until(() -> delivered().values().stream()
                .anyMatch(body -> summary(body).equals("updated /communications/calls/" + listening.id().value()
                        + " established")));
        assertThat(state(deaf)).isEqualTo(CallState.ESTABLISHED);
    }

    /** The accepted notifications, de-duplicated by id, in arrival order. */
    private Map<String, JsonNode> delivered() {
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        receiver.received().stream().filter(CallbackReceiver.Received::accepted)
                .forEach(received -> byId.putIfAbsent(received.notificationId(), JSON.readTree(received.body())));
        return byId;
    }

    /** "changeType resourceUrl [state or status]" of a one-item body. */
    private static String summary(JsonNode body) {
        JsonNode item = body.path("value").get(0);
        JsonNode data = item.path("resourceData");
        String detail = data.has("state") ? " " + data.path("state").asString()
                : data.has("status") ? " " + data.path("status").asString() : "";
        return item.path("changeType").asString() + " " + item.path("resourceUrl").asString() + detail;
    }

    private CallState state(Call call) {
        return calls.get(new CallQueries.GetCallQuery(TENANT, call.id())).state();
    }

    private static NewCall callingBack(String callbackUri) {
        NewCall spec = Calls.aPeerToPeerSpec();
        return new NewCall(callbackUri, spec.subject(), spec.source(), spec.targets(), spec.requestedModalities(),
                spec.mediaConfig(), spec.chatInfo(), spec.meetingInfo(), spec.dynamic());
    }
}
