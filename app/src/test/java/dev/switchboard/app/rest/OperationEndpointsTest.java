package dev.switchboard.app.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.node.ObjectNode;

/** {@code /communications/calls/{callId}/operations/{operationId}}: read, and PATCH as the simulator's control. */
class OperationEndpointsTest extends RestClientSupport {

    @Test
    void an_operation_is_read_at_its_location_with_type_context_and_etag() {
        String callId = createCall();
        String uri = invite(callId, aUserId()).location();

        Response read = get(uri).expect(200);

        assertThat(read.text("/@odata.type")).isEqualTo("#microsoft.graph.inviteParticipantsOperation");
        assertThat(read.text("/@odata.context"))
                .isEqualTo(base() + "/v1.0/$metadata#communications/calls('" + callId + "')/operations/$entity");
        assertThat(read.text("/@odata.etag")).isNotBlank().isEqualTo(read.headers().getETag());
        assertThat(read.text("/status")).isEqualTo("Running");
    }

    @Test
    void patch_changes_the_client_context() {
        String uri = invite(createCall(), aUserId()).location();

        Response patched = patch(uri, json("{'clientContext': 'ctx-2'}")).expect(200);

        assertThat(patched.text("/clientContext")).isEqualTo("ctx-2");
        assertThat(get(uri).expect(200).text("/clientContext")).isEqualTo("ctx-2");
    }

    @Test
    void completing_an_invitation_brings_the_invitee_onto_the_roster() {
        String callId = createCall();
        String invitee = aUserId();
        String uri = invite(callId, invitee).location();
        assertThat(rosterUserIds(callId)).doesNotContain(invitee);

        Response completed = patch(uri, json("{'status': 'Completed'}")).expect(200);

        assertThat(completed.text("/status")).isEqualTo("Completed");
        assertThat(get(uri).expect(200).text("/status")).isEqualTo("Completed");
        assertThat(rosterUserIds(callId)).contains(invitee);
    }

    @Test
    void a_status_step_backwards_or_out_of_a_terminal_state_is_409_and_changes_nothing() {
        String uri = invite(createCall(), aUserId()).location();
        patch(uri, json("{'status': 'Completed'}")).expect(200);

        refusedWithoutChange(uri, () -> patch(uri, json("{'status': 'Running'}"))).expectError(409, "conflict");
        refusedWithoutChange(uri, () -> patch(uri, json("{'status': 'NotStarted'}"))).expectError(409, "conflict");
        refusedWithoutChange(uri, () -> patch(uri, json("{'status': 'Failed'}"))).expectError(409, "conflict");
        patch(uri, json("{'status': 'Completed'}")).expect(200);
    }

    @Test
    void a_status_that_is_no_member_is_refused_with_the_pascal_case_members() {
        String uri = invite(createCall(), aUserId()).location();

        Response refused = refusedWithoutChange(uri, () -> patch(uri, json("{'status': 'String'}")));

        refused.expectError(400, "BadRequest");
        assertThat(refused.errorMessage()).isEqualTo("status: 'String' is not one of NotStarted, Running, Completed, Failed");
    }

    @Test
    void the_invitees_are_read_only() {
        String uri = invite(createCall(), aUserId()).location();

        Response refused = refusedWithoutChange(uri, () -> patch(uri, json("{'participants': [{'identity': {'user': {'id': 'someone-else'}}}]}")));

        refused.expectError(400, "BadRequest");
        assertThat(refused.errorMessage()).isEqualTo("participants: is read-only and cannot be changed");
    }

    @Test
    void patch_honours_if_match() {
        String uri = invite(createCall(), aUserId()).location();
        String etag = get(uri).text("/@odata.etag");

        Response stale = refusedWithoutChange(uri, () -> patchIfMatch(uri, "\"77\"", json("{'clientContext': 'x'}")));
        patchIfMatch(uri, etag, json("{'clientContext': 'x'}")).expect(200);

        stale.expectError(412, "preconditionFailed");
    }

    @Test
    void an_operation_of_a_terminated_call_refuses_changes_with_409() {
        String callId = createCall();
        String uri = invite(callId, aUserId()).location();
        delete(call(callId)).expect(204);

        refusedWithoutChange(uri, () -> patch(uri, json("{'clientContext': 'late'}"))).expectError(409, "conflict");
        refusedWithoutChange(uri, () -> patch(uri, json("{'status': 'Completed'}"))).expectError(409, "conflict");
    }

    @Test
    void an_unknown_operation_is_not_found() {
        String callId = createCall();

        get(operation(callId, "nope")).expectError(404, "itemNotFound");
        patch(operation(callId, "nope"), json("{'clientContext': 'x'}")).expectError(404, "itemNotFound");
        get(operation("no-such-call", "nope")).expectError(404, "itemNotFound");
    }

    @Test
    void an_invitation_reads_back_as_its_invite_answered() {
        Response invited = invite(createCall(), aUserId());

        Response read = get(invited.location()).expect(200);

        ObjectNode answered = object(invited.raw());
        ObjectNode stored = object(read.raw());
        answered.remove("@odata.context");
        stored.remove("@odata.context");
        assertThat(stored).isEqualTo(answered);
    }

    @Test
    void invitations_completed_at_once_each_bring_their_invitee() {
        String callId = createGroupCall();
        List<String> invitees = List.of(aUserId(), aUserId(), aUserId(), aUserId());
        List<String> operations = invitees.stream().map(user -> invite(callId, user).location()).toList();

        List<Response> completed = atOnce(operations.size(), i -> patch(operations.get(i), json("{'status': 'Completed'}")));

        assertThat(statuses(completed)).as("bodies %s", completed).containsOnly(200);
        assertThat(rosterUserIds(callId)).containsAll(invitees);
    }
}
