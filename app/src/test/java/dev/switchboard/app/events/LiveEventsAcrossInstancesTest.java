package dev.switchboard.app.events;

import dev.switchboard.app.SwitchboardApplication;
import dev.switchboard.app.rest.PostgresClientSupport;
import dev.switchboard.application.port.in.callrecord.CreateCallRecordCommand;
import dev.switchboard.application.port.in.callrecord.CreateCallRecordUseCase;
import dev.switchboard.application.testing.fixtures.Tenants;
import dev.switchboard.domain.callrecord.CallRecord;
import dev.switchboard.domain.callrecord.CallRecordModality;
import dev.switchboard.domain.callrecord.CallType;
import dev.switchboard.domain.callrecord.NewCallRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.WebSocketGraphQlTester;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances of the application on one PostgreSQL: a GraphQL client subscribed over WebSocket to instance A hears
 * what a REST request to instance B changed, and nothing of another tenant. B is this test's own server (spoken to
 * through {@link PostgresClientSupport}); A is a second application started here on the same schema.
 *
 * <p>A subscription has no acknowledgement to wait for, so each test first repeats its change through B until the
 * subscriber hears one: from then on, the subscription is known to be live.
 */
class LiveEventsAcrossInstancesTest extends PostgresClientSupport {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private static ConfigurableApplicationContext instanceA;

    @Autowired
    LiveEvents liveEventsOfB;

    @Autowired
    CreateCallRecordUseCase createCallRecordOnB;

    @BeforeEach
    void instanceAIsUpOnTheSameDatabase() {
        if (instanceA == null) {
            instanceA = new SpringApplicationBuilder(SwitchboardApplication.class).profiles("test", "postgres").run(
                    "--server.port=0",
                    "--spring.datasource.url=" + databaseUrl(),
                    "--spring.datasource.username=",
                    "--spring.datasource.password=",
                    "--spring.flyway.schemas=" + schema(),
                    // the same local issuer key as instance B (the test profile's data directory), so one token
                    // serves both
                    "--switchboard.security.local-issuer.enabled=true");
        }
    }

    @AfterAll
    static void stopInstanceA() {
        if (instanceA != null) {
            instanceA.close();
            instanceA = null;
        }
    }

    @Test
    void both_instances_share_their_live_events_through_postgresql() {
        LiveEvents ofA = instanceA.getBean(LiveEvents.class);

        assertThat(liveEventsOfB.transport()).isEqualTo("postgres");
        assertThat(ofA.transport()).isEqualTo("postgres");
        assertThat(instanceA.getEnvironment().getProperty("local.server.port", Integer.class)).isNotEqualTo(port);
    }

    @Test
    void a_participant_patched_through_instance_b_reaches_a_graphql_subscriber_on_instance_a() {
        String callId = createGroupCall();
        String participantId = addParticipant(callId).text("/id");
        WebSocketGraphQlTester onA = graphQlOverWebSocket(portOfA(), defaultToken());
        List<Map<String, Object>> heard = new CopyOnWriteArrayList<>();
        Disposable subscription = subscribe(onA, """
                        subscription($callId: ID!) {
                          participantsChanged(callId: $callId) { changeType participant { id isMuted metadata } }
                        }""", Map.of("callId", callId), "participantsChanged", heard);
        try {
            int[] patches = {0};
            await("a patch through B heard on A").atMost(PATIENCE).pollInterval(Duration.ofMillis(200))
                    .until(() -> {
                        patch(participant(callId, participantId),
                                "{\"isMuted\": true, \"metadata\": \"patch " + ++patches[0] + "\"}").expect(200);
                        return !heard.isEmpty();
                    });
        } finally {
            subscription.dispose();
            onA.stop().block(Duration.ofSeconds(5));
        }

        Map<String, Object> change = heard.get(0);
        assertThat(change.get("changeType")).isEqualTo("updated");
        @SuppressWarnings("unchecked")
        Map<String, Object> participant = (Map<String, Object>) change.get("participant");
        assertThat(participant.get("id")).isEqualTo(participantId);
        assertThat(participant.get("isMuted")).isEqualTo(true);
        assertThat((String) participant.get("metadata")).startsWith("patch ");
    }

    @Test
    void a_subscriber_on_instance_a_hears_its_tenant_s_records_and_none_of_another_tenant_s() {
        WebSocketGraphQlTester onA = graphQlOverWebSocket(portOfA(), defaultToken());
        List<Map<String, Object>> heard = new CopyOnWriteArrayList<>();
        Disposable subscription = subscribe(onA, "subscription { callRecordCreated { id } }", Map.of(),
                "callRecordCreated", heard);
        try {
            await("a record created through B heard on A").atMost(PATIENCE).pollInterval(Duration.ofMillis(200))
                    .until(() -> {
                        createRecord(aTimeOfItsOwn());
                        return !heard.isEmpty();
                    });

            // another tenant's record first, then one of the subscriber's tenant: events arrive in commit order, so
            // once the second has arrived the first would have, had it leaked
            CallRecord othersRecord = createCallRecordOnB.create(new CreateCallRecordCommand(Tenants.random(),
                    aRecordStartingAt(aTimeOfItsOwn())));
            String mine = createRecord(aTimeOfItsOwn()).text("/id");
            await("the subscriber's own record").atMost(PATIENCE).until(() -> idsIn(heard).contains(mine));

            assertThat(idsIn(heard)).doesNotContain(othersRecord.id().value()).doesNotHaveDuplicates();
        } finally {
            subscription.dispose();
            onA.stop().block(Duration.ofSeconds(5));
        }
    }

    // ---- helpers

    private static int portOfA() {
        return instanceA.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    /** Runs a subscription document, collecting the data of each event at {@code path} into {@code heard}. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Disposable subscribe(WebSocketGraphQlTester tester, String document, Map<String, Object> variables,
                                        String path, List<Map<String, Object>> heard) {
        GraphQlTester.Request<?> request = tester.document(document);
        variables.forEach(request::variable);
        Flux<Map> events = request.executeSubscription().toFlux(path, Map.class);
        return events.subscribe(event -> heard.add((Map<String, Object>) event));
    }

    private static List<Object> idsIn(List<Map<String, Object>> heard) {
        return heard.stream().map(event -> event.get("id")).toList();
    }

    private static NewCallRecord aRecordStartingAt(Instant start) {
        return new NewCallRecord(null, CallType.PEER_TO_PEER, List.of(CallRecordModality.AUDIO), start,
                start.plus(Duration.ofMinutes(10)), null, null, List.of(), null, List.of(), List.of());
    }
}
