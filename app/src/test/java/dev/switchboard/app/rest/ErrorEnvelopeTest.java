package dev.switchboard.app.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import tools.jackson.databind.JsonNode;

/**
 * Every class of refusal, the framework's included, answers in Graph's error envelope, and a refused write changes
 * nothing.
 */
class ErrorEnvelopeTest extends RestClientSupport {

    @Test
    void a_path_the_firewall_refuses_is_400_in_the_envelope_too() {
        Response encodedNul = get(CALLS + "/a%00b");
        Response encodedSlash = get(CALLS + "/a%2Fb/participants");

        encodedNul.expectError(400, "BadRequest");
        assertThat(encodedNul.errorMessage()).startsWith("The request URL is not acceptable");
        encodedSlash.expectError(400, "BadRequest");
    }

    @Test
    void the_envelope_carries_code_message_date_and_both_request_ids() {
        Response missing = send(HttpMethod.GET, call("nope"), null, h -> h.add("client-request-id", "5e2f9b10-4444"));

        missing.expectError(404, "itemNotFound");
        JsonNode inner = missing.json().at("/error/innerError");
        assertThat(missing.json().propertyNames()).containsExactly("error");
        assertThat(inner.get("client-request-id").asString()).isEqualTo("5e2f9b10-4444");
        assertThat(missing.headers().getFirst("client-request-id")).isEqualTo("5e2f9b10-4444");
    }

    @Test
    void without_a_client_request_id_the_inner_error_names_none_and_the_header_repeats_the_request_id() {
        Response missing = get(call("nope")).expectError(404, "itemNotFound");

        assertThat(missing.json().at("/error/innerError").has("client-request-id")).isFalse();
        assertThat(missing.headers().getFirst("client-request-id")).isEqualTo(missing.headers().getFirst("request-id"));
    }

    @Test
    void an_unknown_path_is_404() {
        get(V1 + "/communications/nowhere").expectError(404, "NotFound");
        get("/v2.0/communications/calls").expectError(404, "NotFound");
        get(V1 + "/app/calls").expectError(404, "NotFound");
    }

    @Test
    void a_wrong_method_on_a_known_path_is_405_with_allow_and_changes_nothing() {
        String callId = createCall();

        Response wrong = refusedWithoutChange(call(callId), () -> send(HttpMethod.PUT, call(callId), "{}", h -> { }));

        wrong.expectError(405, "MethodNotAllowed");
        assertThat(wrong.headers().getAllow()).contains(HttpMethod.GET, HttpMethod.DELETE);
        refusedWithoutChange(CALLS, () -> patch(CALLS, "{}")).expectError(405, "MethodNotAllowed");
    }

    @Test
    void malformed_json_is_400_and_changes_nothing() {
        String callId = createCall();
        String roster = participants(callId);

        Response truncated = refusedWithoutChange(roster, () -> post(roster, "{\"info\": {"));
        Response duplicate = refusedWithoutChange(roster, () -> post(roster, "{\"isMuted\": true, \"isMuted\": false}"));
        Response array = refusedWithoutChange(roster, () -> post(roster, "[1, 2]"));
        Response trailing = refusedWithoutChange(roster, () -> post(roster, "{} {}"));

        truncated.expectError(400, "BadRequest");
        assertThat(truncated.errorMessage()).startsWith("The request body is not valid JSON");
        duplicate.expectError(400, "BadRequest");
        array.expectError(400, "BadRequest");
        assertThat(array.errorMessage()).isEqualTo("The request body must be a JSON object.");
        trailing.expectError(400, "BadRequest");
    }

    @Test
    void malformed_json_on_a_patch_is_400_and_changes_nothing() {
        String callId = createCall();
        String uri = participant(callId, addParticipant(callId).text("/id"));

        refusedWithoutChange(uri, () -> patch(uri, "{\"isMuted\": tru")).expectError(400, "BadRequest");
    }

    @Test
    void a_missing_body_is_400() {
        String callId = createCall();

        Response empty = refusedWithoutChange(participants(callId),
                () -> send(HttpMethod.POST, participants(callId), null, h -> h.setContentType(MediaType.APPLICATION_JSON)));

        empty.expectError(400, "BadRequest");
        assertThat(empty.errorMessage()).isEqualTo("A JSON request body is required.");
    }

    @Test
    void a_wrong_json_type_is_400_naming_the_path() {
        String callId = createCall();

        Response refused = refusedWithoutChange(participants(callId), () -> post(participants(callId), json("""
                {'info': {'identity': {'user': {'id': 42}}}, 'isMuted': 'yes', 'mediaStreams': {'mediaType': 'audio'}}
                """)));

        refused.expectError(400, "BadRequest");
        assertThat(refused.errorMessage()).contains("info.identity.user.id: must be a string", "isMuted: must be true or false",
                "mediaStreams: must be an array");
    }

    @Test
    void unsupported_query_options_are_400() {
        String callId = createCall();

        assertThat(get(participant(callId, "x") + "?$select=id").status()).as("an unknown id wins").isEqualTo(404);
        get(call(callId) + "?$orderby=id").expectError(400, "BadRequest");
        get(call(callId) + "?$select=nope").expectError(400, "BadRequest");
        get(CALLS + "?$skiptoken=not-a-token").expectError(400, "BadRequest");
        refusedWithoutChange(participants(callId), () -> post(participants(callId) + "?$select=id", body("participant.json")))
                .expectError(400, "BadRequest");
    }

    @Test
    void an_unknown_system_query_option_is_400() {
        get(CALLS + "?$foo=1").expectError(400, "BadRequest");
    }

    @Test
    void a_non_json_body_is_415_and_changes_nothing() {
        String callId = createCall();
        String roster = participants(callId);
        byte[] participant = body("participant.json").getBytes(StandardCharsets.UTF_8);

        Response text = refusedWithoutChange(roster, () -> sendBytes(HttpMethod.POST, roster, MediaType.TEXT_PLAIN, participant));
        Response none = refusedWithoutChange(roster, () -> sendBytes(HttpMethod.POST, roster, null, participant));
        Response form = refusedWithoutChange(roster, () -> sendBytes(HttpMethod.POST, roster, MediaType.APPLICATION_FORM_URLENCODED, "a=b".getBytes()));

        text.expectError(415, "UnsupportedMediaType");
        none.expectError(415, "UnsupportedMediaType");
        form.expectError(415, "UnsupportedMediaType");
    }

    @Test
    void json_with_parameters_is_accepted() {
        String callId = createCall();

        sendBytes(HttpMethod.POST, participants(callId), MediaType.parseMediaType("application/json;odata.metadata=minimal;charset=utf-8"),
                body("participant.json").getBytes(StandardCharsets.UTF_8)).expect(201);
    }

    @Test
    void a_body_over_one_mebibyte_is_413_in_the_envelope_and_changes_nothing() {
        String callId = createCall();
        String uri = participant(callId, addParticipant(callId).text("/id"));
        byte[] huge = ("{\"metadata\": \"" + "x".repeat(1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);

        Response tooLarge = refusedWithoutChange(uri, () -> sendBytes(HttpMethod.PATCH, uri, MediaType.APPLICATION_JSON, huge));
        Response tooLargeAndText = refusedWithoutChange(participants(callId),
                () -> sendBytes(HttpMethod.POST, participants(callId), MediaType.TEXT_PLAIN, huge));

        tooLarge.expectError(413, "RequestEntityTooLarge");
        tooLargeAndText.expectError(413, "RequestEntityTooLarge");
    }

    @Test
    void a_body_just_under_the_limit_is_read() {
        String callId = createCall();
        String uri = participant(callId, addParticipant(callId).text("/id"));
        // 16 strings of 62.5 KiB: near the body limit (1 MiB), each under the string limit (65,536 characters)
        StringBuilder padding = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            padding.append(", \"padding").append(i).append("\": \"").append("x".repeat(64_000)).append('"');
        }

        Response patched = patch(uri, "{\"isMuted\": true" + padding + "}").expect(200);

        assertThat(patched.json().get("isMuted").booleanValue()).isTrue();
        assertThat(patched.json().has("padding0")).as("a participant is a closed type").isFalse();
    }

    @Test
    void a_conflict_and_a_failed_precondition_are_in_the_envelope_and_412_wins_over_409() {
        String callId = createCall();
        String uri = participant(callId, addParticipant(callId).text("/id"));
        delete(call(callId)).expect(204);

        refusedWithoutChange(uri, () -> patch(uri, json("{'isMuted': true}"))).expectError(409, "conflict");
        refusedWithoutChange(uri, () -> patchIfMatch(uri, "\"999\"", json("{'isMuted': true}"))).expectError(412, "preconditionFailed");
    }
}
