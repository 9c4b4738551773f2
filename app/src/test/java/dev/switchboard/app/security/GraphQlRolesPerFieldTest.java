package dev.switchboard.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.app.rest.RestClientSupport;
import dev.switchboard.application.port.in.access.Permission;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import graphql.schema.GraphQLFieldDefinition;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.test.tester.WebSocketGraphQlTester;
import org.springframework.http.HttpMethod;

import tools.jackson.databind.JsonNode;

/**
 * The GraphQL facade refuses exactly whom the REST API refuses: each root field of the schema needs the permission
 * of its REST twin (graph-api §8). Without its role a field answers a {@code Forbidden} error and no data; with any
 * one role that grants it, it is served. The first test proves the table names every query, mutation and
 * subscription the schema has.
 */
class GraphQlRolesPerFieldTest extends RestClientSupport {

    @Autowired
    GraphQlSource graphQlSource;

    /** A query or mutation field: what it needs, and a document with variables that succeeds when it is held. */
    private record Field(Permission needs, Supplier<Map<String, Object>> request) {
    }

    /**
     * A subscription field: what it needs, its document, and what to do so that it hears something. A cause that can
     * happen only once (hanging up) waits for the subscription to have stayed open for a second.
     */
    private record Live(Permission needs, String document, Map<String, Object> variables, Supplier<Runnable> cause,
                        boolean once) {
    }

    private Map<String, Field> queriesAndMutations() {
        Map<String, Field> fields = new LinkedHashMap<>();
        fields.put("call", new Field(Permission.CALLS, () -> request(
                "query($id: ID!) { call(id: $id) { id } }", Map.of("id", createCall()))));
        fields.put("calls", new Field(Permission.CALLS, () -> request(
                "{ calls(first: 1) { edges { node { id } } } }", Map.of())));
        fields.put("participant", new Field(Permission.PARTICIPANTS, () -> {
            String callId = createGroupCall();
            return request("query($c: ID!, $p: ID!) { participant(callId: $c, id: $p) { id } }",
                    Map.of("c", callId, "p", addParticipant(callId).text("/id")));
        }));
        fields.put("participants", new Field(Permission.CALLS, () -> request(
                "query($c: ID!) { participants(callId: $c) { edges { node { id } } } }", Map.of("c", createCall()))));
        fields.put("operation", new Field(Permission.CALLS, () -> {
            String callId = createGroupCall();
            return request("query($c: ID!, $o: ID!) { operation(callId: $c, id: $o) { id } }",
                    Map.of("c", callId, "o", invite(callId, aUserId()).text("/id")));
        }));
        fields.put("callbackDeliveries", new Field(Permission.CALLS, () -> request(
                "query($c: ID!) { callbackDeliveries(callId: $c) { notificationId } }", Map.of("c", createCall()))));
        fields.put("callRecord", new Field(Permission.READ_CALL_RECORDS, () -> request(
                "query($id: ID!) { callRecord(id: $id) { id } }",
                Map.of("id", createRecord(aTimeOfItsOwn()).text("/id")))));
        fields.put("callRecords", new Field(Permission.READ_CALL_RECORDS, () -> request(
                "{ callRecords(first: 1) { edges { node { id } } } }", Map.of())));
        fields.put("createCall", new Field(Permission.PLACE_PEER_TO_PEER_CALL, () -> mutation("createCall",
                "call { id }", Map.of("callbackUri", "https://bot.example.test/callback",
                        "targets", List.of(Map.of("identity", Map.of("user", Map.of("id", aUserId())))),
                        "mediaConfig", Map.of("kind", "serviceHostedMediaConfig")))));
        fields.put("hangUpCall", new Field(Permission.CALLS, () -> mutation("hangUpCall", "call { id }",
                Map.of("callId", createCall()))));
        fields.put("addParticipant", new Field(Permission.INVITE_PARTICIPANTS, () -> mutation("addParticipant",
                "participant { id }", Map.of("callId", createGroupCall(),
                        "info", Map.of("identity", Map.of("user", Map.of("id", aUserId())))))));
        fields.put("inviteParticipants", new Field(Permission.INVITE_PARTICIPANTS, () -> mutation(
                "inviteParticipants", "operation { id }", Map.of("callId", createGroupCall(),
                        "participants", List.of(Map.of("identity", Map.of("user", Map.of("id", aUserId()))))))));
        fields.put("updateParticipant", new Field(Permission.PARTICIPANTS, () -> mutation("updateParticipant",
                "participant { id }", aParticipant("metadata", "by role"))));
        fields.put("muteParticipant", new Field(Permission.PARTICIPANTS, () -> mutation("muteParticipant",
                "operation { id }", aParticipant(null, null))));
        fields.put("removeParticipant", new Field(Permission.PARTICIPANTS, () -> mutation("removeParticipant",
                "participant { id }", aParticipant(null, null))));
        fields.put("updateOperation", new Field(Permission.CALLS, () -> {
            String callId = createGroupCall();
            return mutation("updateOperation", "operation { id }", Map.of("callId", callId,
                    "id", invite(callId, aUserId()).text("/id"), "clientContext", "by role"));
        }));
        fields.put("createCallRecord", new Field(Permission.WRITE_CALL_RECORDS, () -> {
            Instant start = aTimeOfItsOwn();
            return mutation("createCallRecord", "callRecord { id }", Map.of("type", "groupCall",
                    "startDateTime", start.toString(), "endDateTime", start.plusSeconds(600).toString()));
        }));
        fields.put("updateCallRecord", new Field(Permission.WRITE_CALL_RECORDS, () -> mutation("updateCallRecord",
                "callRecord { id }", Map.of("id", createRecord(aTimeOfItsOwn()).text("/id"),
                        "joinWebUrl", "https://by.role.test/"))));
        return fields;
    }

    private Map<String, Live> subscriptions() {
        Map<String, Live> fields = new LinkedHashMap<>();
        fields.put("callStateChanged", new Live(Permission.CALLS,
                "subscription($c: ID!) { callStateChanged(callId: $c) { id } }", null, () -> null, true));
        fields.put("participantsChanged", new Live(Permission.CALLS,
                "subscription($c: ID!) { participantsChanged(callId: $c) { changeType } }", null, () -> null, false));
        fields.put("operationUpdated", new Live(Permission.CALLS,
                "subscription($c: ID!) { operationUpdated(callId: $c) { id } }", null, () -> null, false));
        fields.put("callRecordCreated", new Live(Permission.READ_CALL_RECORDS,
                "subscription { callRecordCreated { id } }", Map.of(), () -> () -> createRecord(aTimeOfItsOwn()),
                false));
        return fields;
    }

    /** The subscription {@code name} on a call of its own, with what makes it hear something. */
    private Live onAFreshCall(String name, Live live) {
        if (live.variables() != null) {
            return live;
        }
        String callId = createGroupCall();
        String participantId = addParticipant(callId).text("/id");
        String operationId = invite(callId, aUserId()).text("/id");
        Runnable cause = switch (name) {
            case "callStateChanged" -> () -> delete(call(callId)).expect(204);
            case "participantsChanged" -> () -> patch(participant(callId, participantId),
                    "{\"metadata\": \"" + aUserId() + "\"}");
            default -> () -> patch(operation(callId, operationId), "{\"clientContext\": \"" + aUserId() + "\"}");
        };
        return new Live(live.needs(), live.document(), Map.of("c", callId), () -> cause, live.once());
    }

    @Test
    void the_tables_name_every_root_field_of_the_schema() {
        List<String> schemaFields = new ArrayList<>();
        var schema = graphQlSource.schema();
        List.of(schema.getQueryType(), schema.getMutationType()).forEach(type ->
                type.getFieldDefinitions().stream().map(GraphQLFieldDefinition::getName).forEach(schemaFields::add));

        assertThat(queriesAndMutations().keySet()).containsExactlyInAnyOrderElementsOf(schemaFields);
        assertThat(subscriptions().keySet()).containsExactlyInAnyOrderElementsOf(schema.getSubscriptionType()
                .getFieldDefinitions().stream().map(GraphQLFieldDefinition::getName).toList());
    }

    @Test
    void each_query_and_mutation_is_forbidden_without_its_role_and_served_with_each_role_that_grants_it() {
        queriesAndMutations().forEach((name, field) -> {
            JsonNode refused = graphQl(tokens().withoutRolesFor(field.needs()), field.request().get());
            assertThat(refused.at("/errors/0/extensions/code").asString()).as("%s without its role: %s", name, refused)
                    .isEqualTo("Forbidden");
            assertThat(refused.at("/data/" + name).isNull() || refused.at("/data").isNull())
                    .as("%s gave no data: %s", name, refused).isTrue();

            field.needs().grantedBy().forEach(role -> {
                JsonNode served = graphQl(tokens().withRoles(EnumSet.of(role)), field.request().get());
                assertThat(served.has("errors")).as("%s with only %s: %s", name, role, served).isFalse();
                assertThat(served.at("/data/" + name).isNull()).as("%s with only %s", name, role).isFalse();
            });
        });
    }

    @Test
    void each_subscription_is_forbidden_without_its_role_and_heard_with_each_role_that_grants_it() {
        subscriptions().forEach((name, template) -> {
            Live live = onAFreshCall(name, template);
            WebSocketGraphQlTester refusedSocket = graphQlSocket(tokens().withoutRolesFor(live.needs()));
            try {
                Throwable refusal = refusedSocket.document(live.document()).variables(live.variables())
                        .executeSubscription().toFlux().then().materialize().block(Duration.ofSeconds(10))
                        .getThrowable();
                assertThat(String.valueOf(refusal)).as("%s without its role", name).contains("Forbidden");
            } finally {
                refusedSocket.stop().block(Duration.ofSeconds(5));
            }

            live.needs().grantedBy().forEach(role -> {
                Live fresh = onAFreshCall(name, template);
                WebSocketGraphQlTester socket = graphQlSocket(tokens().withRoles(EnumSet.of(role)));
                try {
                    CompletableFuture<?> heard = socket.document(fresh.document()).variables(fresh.variables())
                            .executeSubscription().toFlux().next().toFuture();
                    if (fresh.once()) {
                        Awaitility.await().pollDelay(Duration.ofSeconds(1)).until(() -> true);
                        assertThat(heard).as("%s with only %s stays open", name, role).isNotDone();
                        fresh.cause().get().run();
                        Awaitility.await().atMost(Duration.ofSeconds(20)).until(heard::isDone);
                    } else {
                        Repeatedly.causeUntil(fresh.cause().get(), heard::isDone);
                    }
                    assertThat(heard).as("%s with only %s", name, role).isCompletedWithValueMatching(it -> it != null);
                } finally {
                    socket.stop().block(Duration.ofSeconds(5));
                }
            });
        });
    }

    // ---- requests -------------------------------------------------------------------------------------------------

    private Map<String, Object> aParticipant(String property, String value) {
        String callId = createGroupCall();
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("callId", callId);
        input.put("id", addParticipant(callId).text("/id"));
        if (property != null) {
            input.put(property, value);
        }
        return input;
    }

    private static Map<String, Object> request(String document, Map<String, Object> variables) {
        return Map.of("query", document, "variables", variables);
    }

    private static Map<String, Object> mutation(String name, String selection, Map<String, Object> input) {
        String type = Character.toUpperCase(name.charAt(0)) + name.substring(1) + "Input";
        return request("mutation($input: " + type + "!) { " + name + "(input: $input) { " + selection + " } }",
                Map.of("input", input));
    }

    private JsonNode graphQl(String token, Map<String, Object> request) {
        return sendAs(token, HttpMethod.POST, "/graphql", JSON.writeValueAsString(request)).expect(200).json();
    }

}
