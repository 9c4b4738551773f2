package dev.switchboard.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.app.rest.RestClientSupport;
import dev.switchboard.app.security.ExposedRoutes.Route;
import dev.switchboard.application.port.in.access.Permission;
import dev.switchboard.application.port.in.access.Role;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;

/**
 * graph-api §8, endpoint by endpoint: a valid token without the role an endpoint needs gets {@code 403 Forbidden} in
 * Graph's envelope, naming the roles that would do; a token with any one of those roles is served. The table below
 * is the specification; the first test proves it names every Graph route the application exposes, so a new
 * endpoint cannot go untested.
 */
class RolesPerEndpointTest extends RestClientSupport {

    private static final String V = "/{version:v1\\.0|beta}";
    private static final String CALLS_T = V + "/communications/calls";
    private static final String CALL_T = CALLS_T + "/{callId}";
    private static final String PARTICIPANTS_T = CALL_T + "/participants";
    private static final String PARTICIPANT_T = PARTICIPANTS_T + "/{participantId}";
    private static final String OPERATION_T = CALL_T + "/operations/{operationId}";
    private static final String RECORDS_T = V + "/communications/callRecords";
    private static final String RECORD_T = RECORDS_T + "/{callRecordId}";
    private static final String SUBSCRIPTIONS_T = V + "/subscriptions";
    private static final String SUBSCRIPTION_T = SUBSCRIPTIONS_T + "/{subscriptionId}";

    private static EchoingReceiver receiver;

    @Autowired
    ApplicationContext context;

    /** One endpoint: its route, the permission §8 gives it, and a request that succeeds when it is held. */
    private record Endpoint(String route, Permission needs, Function<String, Response> request) {
    }

    @BeforeAll
    static void startTheReceiver() {
        receiver = new EchoingReceiver();
    }

    @AfterAll
    static void stopTheReceiver() {
        receiver.close();
    }

    private Map<String, Endpoint> endpoints() {
        List<Endpoint> all = List.of(
                new Endpoint("POST " + CALLS_T, Permission.PLACE_PEER_TO_PEER_CALL,
                        token -> sendAs(token, HttpMethod.POST, CALLS, body("peer-to-peer-call.json"))),
                new Endpoint("GET " + CALLS_T, Permission.CALLS, token -> sendAs(token, HttpMethod.GET, CALLS, null)),
                new Endpoint("GET " + CALL_T, Permission.CALLS,
                        token -> sendAs(token, HttpMethod.GET, call(createCall()), null)),
                new Endpoint("DELETE " + CALL_T, Permission.CALLS,
                        token -> sendAs(token, HttpMethod.DELETE, call(createCall()), null)),
                new Endpoint("POST " + CALL_T + "/keepAlive", Permission.CALLS,
                        token -> sendAs(token, HttpMethod.POST, call(createCall()) + "/keepAlive", null)),
                new Endpoint("POST " + CALL_T + "/microsoft.graph.keepAlive", Permission.CALLS,
                        token -> sendAs(token, HttpMethod.POST, call(createCall()) + "/microsoft.graph.keepAlive", null)),
                new Endpoint("GET " + PARTICIPANTS_T, Permission.CALLS,
                        token -> sendAs(token, HttpMethod.GET, participants(createCall()), null)),
                new Endpoint("POST " + PARTICIPANTS_T, Permission.INVITE_PARTICIPANTS,
                        token -> sendAs(token, HttpMethod.POST, participants(createGroupCall()), body("participant.json"))),
                new Endpoint("POST " + PARTICIPANTS_T + "/$ref", Permission.INVITE_PARTICIPANTS, token ->
                        sendAs(token, HttpMethod.POST, participants(createGroupCall()) + "/$ref", body("participant.json"))),
                new Endpoint("POST " + PARTICIPANTS_T + "/invite", Permission.INVITE_PARTICIPANTS, token ->
                        sendAs(token, HttpMethod.POST, participants(createGroupCall()) + "/invite", inviteBody(aUserId()))),
                new Endpoint("POST " + PARTICIPANTS_T + "/microsoft.graph.invite", Permission.INVITE_PARTICIPANTS,
                        token -> sendAs(token, HttpMethod.POST, participants(createGroupCall()) + "/microsoft.graph.invite",
                                inviteBody(aUserId()))),
                new Endpoint("GET " + PARTICIPANT_T, Permission.PARTICIPANTS,
                        token -> sendAs(token, HttpMethod.GET, aParticipant(), null)),
                new Endpoint("PATCH " + PARTICIPANT_T, Permission.PARTICIPANTS,
                        token -> sendAs(token, HttpMethod.PATCH, aParticipant(), "{\"metadata\": \"by role\"}")),
                new Endpoint("DELETE " + PARTICIPANT_T, Permission.PARTICIPANTS,
                        token -> sendAs(token, HttpMethod.DELETE, aParticipant(), null)),
                new Endpoint("POST " + PARTICIPANT_T + "/mute", Permission.PARTICIPANTS,
                        token -> sendAs(token, HttpMethod.POST, aParticipant() + "/mute", "{}")),
                new Endpoint("POST " + PARTICIPANT_T + "/microsoft.graph.mute", Permission.PARTICIPANTS,
                        token -> sendAs(token, HttpMethod.POST, aParticipant() + "/microsoft.graph.mute", "{}")),
                new Endpoint("GET " + OPERATION_T, Permission.CALLS,
                        token -> sendAs(token, HttpMethod.GET, anOperation(), null)),
                new Endpoint("PATCH " + OPERATION_T, Permission.CALLS,
                        token -> sendAs(token, HttpMethod.PATCH, anOperation(), "{\"clientContext\": \"by role\"}")),
                new Endpoint("GET " + RECORDS_T, Permission.READ_CALL_RECORDS,
                        token -> sendAs(token, HttpMethod.GET, RECORDS, null)),
                new Endpoint("POST " + RECORDS_T, Permission.WRITE_CALL_RECORDS,
                        token -> sendAs(token, HttpMethod.POST, RECORDS, callRecord(aTimeOfItsOwn(), "p-1"))),
                new Endpoint("GET " + RECORD_T, Permission.READ_CALL_RECORDS,
                        token -> sendAs(token, HttpMethod.GET, aRecord(), null)),
                new Endpoint("PATCH " + RECORD_T, Permission.WRITE_CALL_RECORDS,
                        token -> sendAs(token, HttpMethod.PATCH, aRecord(), "{\"joinWebUrl\": \"https://by.role.test/\"}")),
                new Endpoint("GET " + RECORD_T + "/sessions", Permission.READ_CALL_RECORDS,
                        token -> sendAs(token, HttpMethod.GET, aRecord() + "/sessions", null)),
                new Endpoint("POST " + SUBSCRIPTIONS_T, Permission.READ_CALL_RECORDS,
                        token -> sendAs(token, HttpMethod.POST, V1 + "/subscriptions", subscriptionBody())),
                new Endpoint("GET " + SUBSCRIPTIONS_T, Permission.READ_CALL_RECORDS,
                        token -> sendAs(token, HttpMethod.GET, V1 + "/subscriptions", null)),
                new Endpoint("GET " + SUBSCRIPTION_T, Permission.READ_CALL_RECORDS,
                        token -> sendAs(token, HttpMethod.GET, aSubscription(), null)),
                new Endpoint("PATCH " + SUBSCRIPTION_T, Permission.READ_CALL_RECORDS,
                        token -> sendAs(token, HttpMethod.PATCH, aSubscription(), "{\"expirationDateTime\": \""
                                + Instant.now().plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS) + "\"}")),
                new Endpoint("DELETE " + SUBSCRIPTION_T, Permission.READ_CALL_RECORDS,
                        token -> sendAs(token, HttpMethod.DELETE, aSubscription(), null)));
        Map<String, Endpoint> byRoute = new LinkedHashMap<>();
        all.forEach(endpoint -> byRoute.put(endpoint.route(), endpoint));
        return byRoute;
    }

    @Test
    void the_table_names_every_graph_route_the_application_exposes() {
        Set<String> graphRoutes = ExposedRoutes.of(context).stream().map(Route::toString)
                .filter(route -> route.contains(" " + V + "/")).collect(Collectors.toCollection(TreeSet::new));

        assertThat(endpoints().keySet()).containsExactlyInAnyOrderElementsOf(graphRoutes);
    }

    @Test
    void each_endpoint_refuses_a_token_without_its_role_with_403_naming_the_roles_that_would_do() {
        endpoints().values().forEach(endpoint -> {
            Response refused = endpoint.request().apply(tokens().withoutRolesFor(endpoint.needs()));

            refused.expectError(403, "Forbidden");
            assertThat(refused.errorMessage()).as("%s", endpoint.route())
                    .contains(endpoint.needs().grantedBy().iterator().next().graphName());
        });
    }

    @Test
    void each_endpoint_serves_every_role_that_grants_it_on_its_own() {
        endpoints().values().forEach(endpoint -> endpoint.needs().grantedBy().forEach(role -> {
            Response served = endpoint.request().apply(tokens().withRoles(EnumSet.of(role)));

            assertThat(served.status()).as("%s with only %s: %s", endpoint.route(), role, served.raw())
                    .isBetween(200, 299);
        }));
    }

    @Test
    void a_delegated_user_token_is_refused_everywhere_with_403() {
        String delegated = tokens().bent(claims -> claims.claim("roles", null).claim("scp", "Calls.Initiate.All")
                .claim("idtyp", "user"));

        endpoints().values().forEach(endpoint -> endpoint.request().apply(delegated).expectError(403, "Forbidden"));
    }

    @Test
    void role_names_are_compared_without_regard_to_case() {
        String shouting = tokens().bent(claims -> claims.claim("roles", List.of("CALLS.INITIATE.ALL")));

        assertThat(sendAs(shouting, HttpMethod.GET, CALLS, null).status()).isEqualTo(200);
    }

    @Test
    void placing_a_call_needs_the_role_of_its_kind() {
        String groupCall = body("peer-to-peer-call.json").replace("\"targets\": [", "\"targets\": [" + """
                {"identity": {"user": {"id": "0a0a0000-1111-4222-8333-444455556666", "displayName": "Una"}}},""");

        sendAs(tokens().withRoles(EnumSet.of(Role.CALLS_INITIATE_ALL)), HttpMethod.POST, CALLS, groupCall)
                .expectError(403, "Forbidden");
        sendAs(tokens().withRoles(EnumSet.of(Role.CALLS_INITIATE_GROUP_CALL_ALL)), HttpMethod.POST, CALLS, groupCall)
                .expect(201);
        sendAs(tokens().withRoles(EnumSet.of(Role.CALLS_INITIATE_GROUP_CALL_ALL)), HttpMethod.POST, CALLS,
                body("peer-to-peer-call.json")).expectError(403, "Forbidden");
    }

    @Test
    void joining_a_meeting_with_app_hosted_media_needs_calls_access_media_all_as_well() {
        String meetingWithHostedMedia = body("group-call.json");

        Response refused = sendAs(tokens().withRoles(EnumSet.of(Role.CALLS_JOIN_GROUP_CALL_ALL)), HttpMethod.POST, CALLS,
                meetingWithHostedMedia).expectError(403, "Forbidden");
        assertThat(refused.errorMessage()).contains("Calls.AccessMedia.All");
        sendAs(tokens().withRoles(EnumSet.of(Role.CALLS_JOIN_GROUP_CALL_AS_GUEST_ALL, Role.CALLS_ACCESS_MEDIA_ALL)),
                HttpMethod.POST, CALLS, meetingWithHostedMedia).expect(201);
        sendAs(tokens().withRoles(EnumSet.of(Role.CALLS_INITIATE_GROUP_CALL_ALL, Role.CALLS_ACCESS_MEDIA_ALL)),
                HttpMethod.POST, CALLS, meetingWithHostedMedia).expectError(403, "Forbidden");
    }

    @Test
    void the_deprecated_applications_root_serves_only_the_callers_own_application() {
        String callId = createCall();
        String own = BETA + "/applications/" + OWN_APPLICATION + "/calls/" + callId;
        String other = BETA + "/applications/" + UUID.randomUUID() + "/calls/" + callId;

        get(own).expect(200);
        get(other).expectError(403, "Forbidden");
    }

    // ---- fixtures, made with every role ------------------------------------------------------------------------

    private String aParticipant() {
        String callId = createGroupCall();
        return participant(callId, addParticipant(callId).text("/id"));
    }

    private String anOperation() {
        String callId = createGroupCall();
        return operation(callId, invite(callId, aUserId()).text("/id"));
    }

    private String aRecord() {
        return RECORDS + "/" + createRecord(aTimeOfItsOwn()).text("/id");
    }

    private String aSubscription() {
        return V1 + "/subscriptions/" + post(V1 + "/subscriptions", subscriptionBody()).expect(201).text("/id");
    }

    private static String subscriptionBody() {
        return """
                {"changeType": "created", "notificationUrl": "%s", "resource": "/communications/callRecords",
                 "expirationDateTime": "%s", "clientState": "roles"}"""
                .formatted(receiver.url(), Instant.now().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS));
    }

}
