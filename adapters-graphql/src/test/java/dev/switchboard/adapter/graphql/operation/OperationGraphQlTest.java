package dev.switchboard.adapter.graphql.operation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.adapter.graphql.GraphQlTestSupport;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;

/** Operations through GraphQL: read as their own type, driven forward by the simulator's control, never back. */
class OperationGraphQlTest extends GraphQlTestSupport {

    private static final String BOB = "{'identity': {'user': {'id': 'bob-%s', 'displayName': 'Bob'}}}";

    private String invite(String call, String who) {
        return mutate("inviteParticipants", "{'callId': '%s', 'clientContext': 'ctx', 'participants': [%s]}"
                .formatted(call, BOB.formatted(who)))
                .errors().verify().path("inviteParticipants.operation.id").entity(String.class).get();
    }

    @Test
    void an_invitation_reads_back_as_an_invite_participants_operation() {
        String call = createGroupCall();
        String operation = invite(call, "1");

        GraphQlTester.Response response = run("operation", Map.of("callId", call, "id", operation));

        response.errors().verify();
        response.path("operation.__typename").entity(String.class).isEqualTo("InviteParticipantsOperation");
        response.path("operation.status").entity(String.class).isEqualTo("Running");
        response.path("operation.participants[0].identity.user.id").entity(String.class).isEqualTo("bob-1");
    }

    @Test
    void an_unknown_operation_is_not_found() {
        refused(run("operation", Map.of("callId", createCall(), "id", "no-such-operation")), "NOT_FOUND",
                "itemNotFound");
    }

    @Test
    void completing_an_invitation_brings_the_invitee_onto_the_roster() {
        String call = createGroupCall();
        String operation = invite(call, "2");

        GraphQlTester.Response response = mutate("updateOperation", """
                {'callId': '%s', 'id': '%s', 'status': 'Completed',
                 'resultInfo': {'code': 200, 'subcode': 0, 'message': 'Bob joined.'}}
                """.formatted(call, operation));

        response.errors().verify();
        response.path("updateOperation.operation.status").entity(String.class).isEqualTo("Completed");
        response.path("updateOperation.operation.resultInfo.message").entity(String.class).isEqualTo("Bob joined.");
        assertThat(run("participants", Map.of("callId", call))
                .path("participants.edges[*].node.info.identity.user.id").entityList(String.class).get())
                .contains("bob-2");
    }

    @Test
    void an_operation_status_never_moves_back_and_a_finished_operation_never_changes() {
        String call = createGroupCall();
        String operation = invite(call, "3");

        ResponseError backwards = refused(mutate("updateOperation",
                "{'callId': '%s', 'id': '%s', 'status': 'NotStarted'}".formatted(call, operation)),
                "CONFLICT", "conflict");
        assertThat(backwards.getMessage()).contains("Running", "NotStarted");

        mutate("updateOperation", "{'callId': '%s', 'id': '%s', 'status': 'Failed', 'resultInfo': {'code': 500, 'subcode': 1}}"
                .formatted(call, operation)).errors().verify();
        refused(mutate("updateOperation", "{'callId': '%s', 'id': '%s', 'clientContext': 'later'}"
                .formatted(call, operation)), "CONFLICT", "conflict");
    }

    @Test
    void the_client_context_changes_and_an_explicit_null_clears_it() {
        String call = createGroupCall();
        String operation = invite(call, "4");

        mutate("updateOperation", "{'callId': '%s', 'id': '%s', 'clientContext': 'ctx-2'}".formatted(call, operation))
                .path("updateOperation.operation.clientContext").entity(String.class).isEqualTo("ctx-2");
        GraphQlTester.Response cleared = mutate("updateOperation",
                "{'callId': '%s', 'id': '%s', 'clientContext': null}".formatted(call, operation));
        cleared.errors().verify();
        cleared.path("updateOperation.operation.clientContext").valueIsNull();
        cleared.path("updateOperation.operation.status").entity(String.class).isEqualTo("Running");
    }

    @Test
    void the_invitees_are_read_only_and_a_null_status_is_refused() {
        String call = createGroupCall();
        String operation = invite(call, "5");

        ResponseError error = refused(mutate("updateOperation", """
                {'callId': '%s', 'id': '%s', 'status': null,
                 'participants': [{'identity': {'user': {'id': 'mallory'}}}]}
                """.formatted(call, operation)), "BAD_REQUEST", "BadRequest");

        assertThat(fieldPaths(error)).containsExactlyInAnyOrder("input.participants", "input.status");
        run("operation", Map.of("callId", call, "id", operation)).path("operation.status").entity(String.class)
                .isEqualTo("Running");
    }

    @Test
    void an_if_match_of_another_version_fails_the_precondition() {
        String call = createGroupCall();
        String operation = invite(call, "6");

        refused(mutate("updateOperation", "{'callId': '%s', 'id': '%s', 'ifMatch': 'W/\\\"1\\\"', 'clientContext': 'x'}"
                .formatted(call, operation)), "PRECONDITION_FAILED", "preconditionFailed");
    }
}
