package dev.switchboard.adapter.rest.operation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.adapter.rest.RestTestSupport;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

class OperationEndpointsTest extends RestTestSupport {

    private static final String INVITE_BOB = json("""
            {'participants': [{'@odata.type': '#microsoft.graph.invitationParticipantInfo', 'region': 'westeurope',
               'identity': {'@odata.type': '#microsoft.graph.identitySet',
                 'user': {'@odata.type': '#microsoft.graph.identity', 'id': 'b0b-0000', 'displayName': 'Bob'}}}],
             'clientContext': 'ctx-1'}
            """);

    private String invite(String callId) {
        return post(participants(callId) + "/invite", INVITE_BOB).expect(200).headers().getLocation().getPath();
    }

    @Test
    void an_operation_is_read_at_its_location_with_type_context_and_etag() {
        String callId = createCall();
        String uri = invite(callId);

        Response read = get(uri).expect(200);

        assertThat(read.text("/@odata.type")).isEqualTo("#microsoft.graph.inviteParticipantsOperation");
        assertThat(read.text("/@odata.context")).isEqualTo("http://localhost:" + port
                + "/v1.0/$metadata#communications/calls('" + callId + "')/operations/$entity");
        assertThat(read.headers().getETag()).isEqualTo(read.text("/@odata.etag"));
        assertThat(read.text("/status")).isEqualTo("Running");
        assertThat(read.text("/participants/0/identity/user/id")).isEqualTo("b0b-0000");
    }

    @Test
    void patch_changes_the_client_context() {
        String uri = invite(createCall());

        Response patched = patch(uri, json("{'clientContext': 'ctx-2'}")).expect(200);

        assertThat(patched.text("/clientContext")).isEqualTo("ctx-2");
        assertThat(get(uri).text("/clientContext")).isEqualTo("ctx-2");
    }

    @Test
    void completing_an_invitation_brings_the_invitee_into_the_roster() {
        String callId = createCall();
        String uri = invite(callId);
        int before = get(participants(callId)).json().get("value").size();

        Response completed = patch(uri, json("{'status': 'completed'}")).expect(200);

        assertThat(completed.text("/status")).isEqualTo("Completed");
        assertThat(get(participants(callId)).json().get("value")).hasSize(before + 1);
    }

    @Test
    void a_completed_operation_is_frozen_but_accepts_a_resend() {
        String uri = invite(createCall());
        String etag = patch(uri, json("{'status': 'Failed', 'resultInfo': {'code': '500', 'subcode': 1005}}")).expect(200).text("/@odata.etag");

        Response backwards = unchanged(uri, () -> patch(uri, json("{'status': 'Running'}")));
        Response resend = patch(uri, json("{'status': 'Failed', 'clientContext': 'ctx-1'}")).expect(200);

        assertThat(backwards.status()).isEqualTo(409);
        assertThat(resend.text("/@odata.etag")).isEqualTo(etag);
        assertThat(resend.json().at("/resultInfo/code").isInt()).isTrue();
        assertThat(resend.json().at("/resultInfo/code").intValue()).isEqualTo(500);
    }

    @Test
    void the_raw_seed_status_placeholder_is_refused_with_the_pascal_case_members() {
        String uri = invite(createCall());

        Response refused = unchanged(uri, () -> patch(uri, json("{'status': 'String'}")));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorMessage()).isEqualTo("status: 'String' is not one of NotStarted, Running, Completed, Failed");
    }

    @Test
    void the_invitees_are_read_only() {
        String uri = invite(createCall());

        Response refused = unchanged(uri, () -> patch(uri, json("{'participants': [{'identity': {'user': {'id': 'someone-else'}}}]}")));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorMessage()).isEqualTo("participants: is read-only and cannot be changed");
    }

    @Test
    void a_resend_of_the_invitees_and_status_changes_nothing() {
        String uri = invite(createCall());
        Response before = get(uri);

        Response resend = patch(uri, INVITE_BOB.replace("{'participants'", "{'status': 'Running', 'participants'")
                .replace("\"clientContext\"", "\"status\": \"Running\", \"clientContext\"")).expect(200);

        assertThat(resend.text("/@odata.etag")).isEqualTo(before.text("/@odata.etag"));
    }

    @Test
    void patch_honours_if_match() {
        String uri = invite(createCall());

        Response stale = unchanged(uri, () -> send(HttpMethod.PATCH, uri, "{\"clientContext\": \"x\"}", h -> h.setIfMatch("\"77\"")));

        assertThat(stale.status()).isEqualTo(412);
        send(HttpMethod.PATCH, uri, "{\"clientContext\": \"x\"}", h -> h.setIfMatch(get(uri).text("/@odata.etag"))).expect(200);
    }

    @Test
    void an_unknown_operation_is_not_found() {
        String callId = createCall();

        assertThat(get(CALLS + "/" + callId + "/operations/nope").expect(404).errorCode()).isEqualTo("itemNotFound");
        patch(CALLS + "/" + callId + "/operations/nope", "{]").expect(404);
        get(CALLS + "/no-call/operations/nope").expect(404);
    }

    @Test
    void an_operation_of_a_terminated_call_refuses_changes() {
        String callId = createCall();
        String uri = invite(callId);
        delete(CALLS + "/" + callId).expect(204);

        Response refused = unchanged(uri, () -> patch(uri, json("{'clientContext': 'late'}")));

        assertThat(refused.status()).isEqualTo(409);
    }
}
