package dev.switchboard.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.app.rest.RestClientSupport;
import dev.switchboard.application.port.in.access.Role;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.WebSocketGraphQlTester;
import org.springframework.http.HttpMethod;

import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import tools.jackson.databind.JsonNode;

/**
 * No tenant sees another's data. Tenant A (the default token's) owns a call, a participant, an operation, a
 * callRecord and a subscription; tenant B, with every role, tries every read and write path on them and gets
 * {@code 404} exactly as for something that does not exist (or a list without them), and A's data reads byte for
 * byte the same afterwards. The same holds for paging tokens, GraphQL and live subscriptions.
 */
class TenantIsolationTest extends RestClientSupport {

    private static final String TENANT_B = "00000000-0000-0000-0000-00000000000b";

    private static EchoingReceiver receiver;

    @BeforeAll
    static void startTheReceiver() {
        receiver = new EchoingReceiver();
    }

    @AfterAll
    static void stopTheReceiver() {
        receiver.close();
    }

    private String tenantB() {
        return tokens().forTenant(TENANT_B, Role.values());
    }

    @Test
    void another_tenants_call_answers_404_on_every_path_and_stays_as_it_was() {
        String callId = createGroupCall();
        String call = call(callId);

        notFoundForB(call, HttpMethod.GET, call, null);
        notFoundForB(call, HttpMethod.DELETE, call, null);
        notFoundForB(call, HttpMethod.POST, call + "/keepAlive", null);
        notFoundForB(call, HttpMethod.GET, participants(callId), null);
        notFoundForB(call, HttpMethod.POST, participants(callId), body("participant.json"));
        notFoundForB(call, HttpMethod.POST, participants(callId) + "/invite", inviteBody(aUserId()));
        assertThat(idsListedByB(CALLS)).doesNotContain(callId);
        assertThat(rosterUserIds(callId)).as("A's roster after B's attempts").hasSize(1);
    }

    @Test
    void another_tenants_participant_and_operation_answer_404_on_every_path() {
        String callId = createGroupCall();
        String participant = participant(callId, addParticipant(callId).text("/id"));
        String operation = operation(callId, invite(callId, aUserId()).text("/id"));

        notFoundForB(participant, HttpMethod.GET, participant, null);
        notFoundForB(participant, HttpMethod.PATCH, participant, "{\"metadata\": \"B was here\"}");
        notFoundForB(participant, HttpMethod.POST, participant + "/mute", "{}");
        notFoundForB(participant, HttpMethod.DELETE, participant, null);
        notFoundForB(operation, HttpMethod.GET, operation, null);
        notFoundForB(operation, HttpMethod.PATCH, operation, "{\"status\": \"Running\"}");
    }

    @Test
    void another_tenants_call_record_answers_404_and_no_filter_or_page_of_b_shows_it() {
        Instant start = aTimeOfItsOwn();
        String record = RECORDS + "/" + createRecord(start).text("/id");
        createRecord(start.plusSeconds(60));
        String window = "?" + filter("startDateTime ge " + start + " and startDateTime lt " + start.plusSeconds(3600));

        notFoundForB(record, HttpMethod.GET, record, null);
        notFoundForB(record, HttpMethod.GET, record + "/sessions", null);
        notFoundForB(record, HttpMethod.PATCH, record, "{\"joinWebUrl\": \"https://b.example.test/\"}");
        assertThat(idsListedByB(RECORDS + window)).isEmpty();
        assertThat(ids(allPages(RECORDS + window, 1))).as("A's own view of the window").hasSize(2);
    }

    @Test
    void a_paging_token_of_tenant_a_yields_nothing_of_a_to_tenant_b() {
        createCall();
        createCall();
        String next = getWithPageSize(CALLS, 1).expect(200).text("/@odata.nextLink");
        assertThat(next).isNotNull();

        Response followedByB = sendAs(tenantB(), HttpMethod.GET, next, null);

        if (followedByB.status() == 200) {
            List<String> idsOfA = ids(allPages(CALLS, 200));
            followedByB.json().get("value").forEach(call ->
                    assertThat(idsOfA).doesNotContain(call.get("id").asString()));
        } else {
            followedByB.expectError(400, "BadRequest");
        }
    }

    @Test
    void another_tenants_subscription_answers_404_on_every_path() {
        String subscription = V1 + "/subscriptions/" + post(V1 + "/subscriptions", """
                {"changeType": "created", "notificationUrl": "%s", "resource": "/communications/callRecords",
                 "expirationDateTime": "%s", "clientState": "tenant a"}"""
                .formatted(receiver.url(), Instant.now().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS)))
                .expect(201).text("/id");

        notFoundForB(subscription, HttpMethod.GET, subscription, null);
        notFoundForB(subscription, HttpMethod.PATCH, subscription, "{\"expirationDateTime\": \""
                + Instant.now().plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS) + "\"}");
        notFoundForB(subscription, HttpMethod.DELETE, subscription, null);
        assertThat(idsListedByB(V1 + "/subscriptions")).doesNotContain(subscription.substring(
                subscription.lastIndexOf('/') + 1));
    }

    @Test
    void graphql_shows_tenant_b_nothing_of_tenant_a() {
        String callId = createGroupCall();
        String participantId = addParticipant(callId).text("/id");
        String recordId = createRecord(aTimeOfItsOwn()).text("/id");
        String before = get(call(callId)).expect(200).raw();

        JsonNode read = graphQlAsB("""
                { call(id: "%s") { id } participant(callId: "%s", id: "%s") { id } callRecord(id: "%s") { id }
                  calls(first: 100) { edges { node { id } } } }""".formatted(callId, callId, participantId, recordId));
        JsonNode write = graphQlAsB("""
                mutation { hangUpCall(input: {callId: "%s"}) { call { id } } }""".formatted(callId));

        assertThat(read.at("/data/call").isNull()).isTrue();
        assertThat(read.at("/data/participant").isNull()).isTrue();
        assertThat(read.at("/data/callRecord").isNull()).isTrue();
        assertThat(read.at("/data/calls/edges").toString()).doesNotContain(callId);
        assertThat(codes(read)).containsOnly("itemNotFound").hasSize(3);
        assertThat(codes(write)).containsExactly("itemNotFound");
        assertThat(get(call(callId)).expect(200).raw()).isEqualTo(before);
    }

    @Test
    void a_live_subscription_of_tenant_b_can_neither_watch_a_call_of_a_nor_hear_a_record_of_a() throws Exception {
        String callId = createGroupCall();
        WebSocketGraphQlTester asA = graphQlSocket(defaultToken());
        WebSocketGraphQlTester asB = graphQlSocket(tenantB());
        try {
            Throwable watching = Flux.from(asB.document("subscription($id: ID!) { callStateChanged(callId: $id) { id } }")
                            .variable("id", callId).executeSubscription().toFlux())
                    .then().materialize().block(Duration.ofSeconds(10)).getThrowable();
            assertThat(String.valueOf(watching)).contains("itemNotFound");

            String document = "subscription { callRecordCreated { id } }";
            List<String> heardByB = new CopyOnWriteArrayList<>();
            Disposable listeningB = asB.document(document).executeSubscription()
                    .toFlux("callRecordCreated.id", String.class).subscribe(heardByB::add);
            try {
                // subscriptions have no acknowledgement to wait for: B records until B hears itself, so B is
                // surely listening before A records until A hears itself
                Repeatedly.causeUntil(() -> sendAs(tenantB(), HttpMethod.POST, RECORDS,
                        callRecord(aTimeOfItsOwn(), "p-b")).expect(201), () -> !heardByB.isEmpty());
                CompletableFuture<String> heardByA = asA.document(document).executeSubscription()
                        .toFlux("callRecordCreated.id", String.class).next().toFuture();
                Repeatedly.causeUntil(() -> createRecord(aTimeOfItsOwn()), heardByA::isDone);

                assertThat(heardByA.get(1, TimeUnit.SECONDS)).isNotBlank();
                // every record B heard is one B can read: its own
                heardByB.forEach(id -> sendAs(tenantB(), HttpMethod.GET, RECORDS + "/" + id, null).expect(200));
            } finally {
                listeningB.dispose();
            }
        } finally {
            asA.stop().block(Duration.ofSeconds(5));
            asB.stop().block(Duration.ofSeconds(5));
        }
    }

    // ---- B's view -----------------------------------------------------------------------------------------------

    /** Tenant B's request answers 404 itemNotFound, and A's resource reads exactly as before. */
    private void notFoundForB(String resourceOfA, HttpMethod method, String uri, String body) {
        Response refused = refusedWithoutChange(resourceOfA, () -> sendAs(tenantB(), method, uri, body));
        refused.expectError(404, "itemNotFound");
    }

    private List<String> idsListedByB(String uri) {
        List<String> ids = new ArrayList<>();
        String next = uri;
        while (next != null) {
            Response page = sendAs(tenantB(), HttpMethod.GET, next, null).expect(200);
            page.json().get("value").forEach(item -> ids.add(item.get("id").asString()));
            next = page.text("/@odata.nextLink");
        }
        return ids;
    }

    private JsonNode graphQlAsB(String query) {
        return sendAs(tenantB(), HttpMethod.POST, "/graphql", JSON.writeValueAsString(Map.of("query", query)))
                .expect(200).json();
    }

    private static List<String> codes(JsonNode response) {
        List<String> codes = new ArrayList<>();
        response.path("errors").forEach(error -> codes.add(error.at("/extensions/code").asString()));
        return codes;
    }

}
