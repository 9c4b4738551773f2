package dev.switchboard.adapter.rest.error;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.adapter.rest.RestTestSupport;
import dev.switchboard.domain.error.UnauthenticatedException;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import reactor.core.publisher.Flux;
import tools.jackson.databind.JsonNode;

/** Every failure, the framework's included, answers in Graph's error envelope with its correlation ids. */
class ErrorEnvelopeTest extends RestTestSupport {

    @Test
    void the_envelope_names_code_message_date_and_both_request_ids() {
        Response missing = send(HttpMethod.GET, CALLS + "/nope", null, h -> h.add("client-request-id", "5e2f9b10-4444"));

        JsonNode inner = missing.json().at("/error/innerError");
        assertThat(missing.json().propertyNames()).containsExactly("error");
        assertThat(missing.errorCode()).isEqualTo("itemNotFound");
        assertThat(inner.get("date").asString()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}");
        assertThat(inner.get("request-id").asString()).isEqualTo(missing.headers().getFirst("request-id"));
        assertThat(inner.get("client-request-id").asString()).isEqualTo("5e2f9b10-4444");
        assertThat(missing.headers().getFirst("client-request-id")).isEqualTo("5e2f9b10-4444");
        assertThat(missing.headers().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
    }

    @Test
    void the_envelope_leaves_out_client_request_id_when_the_client_sent_none() {
        Response missing = get(CALLS + "/nope");

        assertThat(missing.json().at("/error/innerError").has("client-request-id")).isFalse();
        assertThat(missing.headers().getFirst("client-request-id")).isEqualTo(missing.headers().getFirst("request-id"));
    }

    @Test
    void an_unknown_path_is_404_in_the_envelope() {
        Response missing = get(V1 + "/communications/nowhere/at/all");
        Response unknownVersion = get("/v2.0/communications/calls");

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.errorCode()).isEqualTo("NotFound");
        assertThat(unknownVersion.status()).isEqualTo(404);
        assertThat(unknownVersion.json().at("/error/innerError/request-id").asString()).isNotBlank();
    }

    @Test
    void a_wrong_method_on_a_known_path_is_405_with_allow() {
        String callId = createCall();

        Response wrong = send(HttpMethod.PUT, CALLS + "/" + callId, "{}", h -> { });

        assertThat(wrong.status()).isEqualTo(405);
        assertThat(wrong.errorCode()).isEqualTo("MethodNotAllowed");
        assertThat(wrong.headers().getAllow()).contains(HttpMethod.GET, HttpMethod.DELETE);
    }

    @Test
    void malformed_json_is_400_and_changes_nothing() {
        String callId = createCall();

        Response malformed = unchanged(participants(callId), () -> post(participants(callId), "{\"info\": {"));
        Response duplicate = unchanged(participants(callId), () -> post(participants(callId), "{\"isMuted\": true, \"isMuted\": false}"));
        Response notAnObject = unchanged(participants(callId), () -> post(participants(callId), "[1, 2]"));
        Response trailing = unchanged(participants(callId), () -> post(participants(callId), "{} {}"));

        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.errorMessage()).startsWith("The request body is not valid JSON");
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(notAnObject.errorMessage()).isEqualTo("The request body must be a JSON object.");
        assertThat(trailing.status()).isEqualTo(400);
    }

    @Test
    void a_body_that_is_not_utf8_is_400_and_changes_nothing() {
        String callId = createCall();
        byte[] head = "{\"info\": {\"identity\": {\"user\": {\"id\": \"u\"}}}, \"metadata\": \"".getBytes();
        byte[] overlong = java.util.Arrays.copyOf(head, head.length + 4);
        byte[] surrogate = java.util.Arrays.copyOf(head, head.length + 5);
        System.arraycopy(new byte[] {(byte) 0xC0, (byte) 0xAF, '"', '}'}, 0, overlong, head.length, 4);
        System.arraycopy(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', '}'}, 0, surrogate, head.length, 5);

        Response overlongForm = unchanged(participants(callId),
                () -> sendRaw(participants(callId), MediaType.APPLICATION_JSON, overlong));
        Response encodedSurrogate = unchanged(participants(callId),
                () -> sendRaw(participants(callId), MediaType.APPLICATION_JSON, surrogate));

        assertThat(overlongForm.status()).isEqualTo(400);
        assertThat(overlongForm.errorMessage())
                .isEqualTo("The request body is not valid UTF-8 (byte " + (head.length + 1) + ").");
        assertThat(encodedSurrogate.status()).isEqualTo(400);
    }

    @Test
    void a_missing_body_is_400() {
        String callId = createCall();

        Response empty = send(HttpMethod.POST, participants(callId), null, h -> h.setContentType(MediaType.APPLICATION_JSON));

        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.errorMessage()).isEqualTo("A JSON request body is required.");
    }

    @Test
    void a_non_json_body_is_415_and_changes_nothing() {
        String callId = createCall();

        Response plain = unchanged(participants(callId), () -> sendRaw(participants(callId), MediaType.TEXT_PLAIN, seedParticipant().getBytes()));
        Response noType = unchanged(participants(callId), () -> sendRaw(participants(callId), null, seedParticipant().getBytes()));
        Response form = unchanged(participants(callId), () -> sendRaw(participants(callId), MediaType.APPLICATION_FORM_URLENCODED, "a=b".getBytes()));

        assertThat(plain.status()).isEqualTo(415);
        assertThat(plain.errorCode()).isEqualTo("UnsupportedMediaType");
        assertThat(noType.status()).isEqualTo(415);
        assertThat(form.status()).isEqualTo(415);
    }

    @Test
    void json_with_parameters_or_a_json_suffix_is_accepted() {
        String callId = createCall();

        sendRaw(participants(callId), MediaType.parseMediaType("application/json;odata.metadata=minimal;charset=utf-8"),
                seedParticipant().getBytes()).expect(201);
        sendRaw(participants(callId), MediaType.parseMediaType("application/merge-patch+json"), seedParticipant().getBytes()).expect(201);
    }

    @Test
    void a_body_over_one_mebibyte_is_413_in_the_envelope_and_changes_nothing() {
        String callId = createCall();
        byte[] huge = ("{\"metadata\": \"" + "x".repeat(1024 * 1024) + "\"}").getBytes();

        Response tooLarge = unchanged(participants(callId), () -> sendRaw(participants(callId), MediaType.APPLICATION_JSON, huge));
        Response tooLargeAndText = sendRaw(participants(callId), MediaType.TEXT_PLAIN, huge);

        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.errorCode()).isEqualTo("RequestEntityTooLarge");
        assertThat(tooLargeAndText.status()).as("413 comes before 415").isEqualTo(413);
    }

    @Test
    void a_chunked_body_over_the_limit_is_413_too() {
        String callId = createCall();
        DefaultDataBufferFactory buffers = new DefaultDataBufferFactory();
        Flux<DataBuffer> chunks = Flux.concat(Flux.just("{\"metadata\": \""),
                        Flux.range(0, 1100).map(i -> "x".repeat(1024)), Flux.just("\"}"))
                .map(text -> buffers.wrap(text.getBytes()));

        Response tooLarge = unchanged(participants(callId), () -> {
            var result = client.post().uri(url(participants(callId))).contentType(MediaType.APPLICATION_JSON)
                    .body(chunks, DataBuffer.class).exchange().expectBody(byte[].class).returnResult();
            return new Response(result.getStatus().value(), result.getResponseHeaders(), new String(result.getResponseBody()));
        });

        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.errorCode()).isEqualTo("RequestEntityTooLarge");
    }

    @Test
    void a_body_just_under_the_limit_is_read() {
        String callId = createCall();
        String id = addParticipant(callId).text("/id");
        byte[] large = ("{\"metadata\": \"" + "x".repeat(60 * 1024) + "\"}").getBytes();

        send(HttpMethod.PATCH, participants(callId) + "/" + id, new String(large), h -> { }).expect(200);
    }

    @Test
    void links_name_the_host_and_scheme_the_client_used_behind_a_proxy() {
        Response created = send(HttpMethod.POST, CALLS, peerToPeerCall(), h -> {
            h.add("X-Forwarded-Host", "graph.example.test");
            h.add("X-Forwarded-Proto", "https");
            h.add("X-Forwarded-Port", "443");
        }).expect(201);
        Response forwarded = send(HttpMethod.GET, CALLS, null, h -> {
            h.add("Forwarded", "proto=https;host=switchboard.example.test");
            h.add("Prefer", "odata.maxpagesize=1");
        }).expect(200);

        assertThat(created.headers().getLocation()).hasToString("https://graph.example.test/v1.0/communications/calls/" + created.text("/id"));
        assertThat(created.text("/@odata.context")).isEqualTo("https://graph.example.test/v1.0/$metadata#communications/calls/$entity");
        assertThat(forwarded.text("/@odata.nextLink")).startsWith("https://switchboard.example.test/v1.0/communications/calls?$skiptoken=");
    }

    @Test
    void a_caller_without_a_valid_token_is_answered_401_invalid_authentication_token() {
        // the security chain in app refuses such requests with this exception; the mapping is the adapter's
        GraphError error = GraphError.of(new UnauthenticatedException("Access token is empty."), 5);

        assertThat(error.status().value()).isEqualTo(401);
        assertThat(error.code()).isEqualTo("InvalidAuthenticationToken");
        assertThat(error.message()).isEqualTo("Access token is empty.");
    }

    private Response sendRaw(String uri, MediaType type, byte[] body) {
        var spec = client.post().uri(url(uri));
        if (type != null) {
            spec = spec.contentType(type);
        } else {
            spec = spec.headers(h -> h.remove(HttpHeaders.CONTENT_TYPE));
        }
        var result = spec.bodyValue(body).exchange().expectBody(byte[].class).returnResult();
        byte[] bytes = result.getResponseBody();
        return new Response(result.getStatus().value(), result.getResponseHeaders(), bytes == null ? "" : new String(bytes));
    }
}
