package dev.switchboard.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.function.Consumer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Runs the REST adapter on a random port over the real core and in-memory adapters, and talks to it as a Graph client
 * would. Every test makes its own calls and records, so tests share one server without sharing state.
 */
@SpringBootTest(classes = RestTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
public abstract class RestTestSupport {

    protected static final JsonMapper JSON = JsonMapper.builder().build();
    protected static final String V1 = "/v1.0";
    protected static final String BETA = "/beta";

    @Autowired
    protected WebTestClient client;

    @LocalServerPort
    protected int port;

    /** The absolute URL of a path (already encoded) on the test server. */
    protected URI url(String pathAndQuery) {
        return URI.create(pathAndQuery.startsWith("http") ? pathAndQuery : "http://localhost:" + port + pathAndQuery);
    }

    /** The HTTP answer, with its body parsed when it has one. */
    public record Response(int status, HttpHeaders headers, String raw) {

        public JsonNode json() {
            return raw == null || raw.isEmpty() ? null : JSON.readTree(raw);
        }

        public String text(String pointer) {
            JsonNode node = json().at(pointer);
            return node.isMissingNode() || node.isNull() ? null : node.asString();
        }

        public String errorCode() {
            return text("/error/code");
        }

        public String errorMessage() {
            return text("/error/message");
        }

        public Response expect(int expected) {
            assertThat(status).as("status of a response with body %s", raw).isEqualTo(expected);
            return this;
        }
    }

    protected Response send(HttpMethod method, String uri, String body, Consumer<HttpHeaders> headers) {
        WebTestClient.RequestBodySpec spec = client.method(method).uri(url(uri)).headers(headers);
        WebTestClient.RequestHeadersSpec<?> request = body == null ? spec : spec.contentType(MediaType.APPLICATION_JSON).bodyValue(body);
        EntityExchangeResult<byte[]> result = request.exchange().expectBody(byte[].class).returnResult();
        byte[] bytes = result.getResponseBody();
        return new Response(result.getStatus().value(), result.getResponseHeaders(),
                bytes == null ? "" : new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
    }

    protected Response get(String uri) {
        return send(HttpMethod.GET, uri, null, h -> { });
    }

    protected Response post(String uri, String body) {
        return send(HttpMethod.POST, uri, body, h -> { });
    }

    protected Response patch(String uri, String body) {
        return send(HttpMethod.PATCH, uri, body, h -> { });
    }

    protected Response delete(String uri) {
        return send(HttpMethod.DELETE, uri, null, h -> { });
    }

    /** Runs a request that must be refused, and checks that {@code resource} reads the same before and after. */
    protected Response unchanged(String resource, java.util.function.Supplier<Response> rejected) {
        String before = get(resource).expect(200).raw();
        Response response = rejected.get();
        assertThat(response.status()).as("a rejected request: %s", response.raw()).isGreaterThanOrEqualTo(400);
        assertThat(get(resource).expect(200).raw()).as("%s after a rejected request", resource).isEqualTo(before);
        return response;
    }

    /** One of the seed pages' example bodies, as copied into {@code src/test/resources/seeds}. */
    protected static String seed(String name) {
        try (var in = RestTestSupport.class.getResourceAsStream("/seeds/" + name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    protected static ObjectNode object(String json) {
        return (ObjectNode) JSON.readTree(json);
    }

    /** JSON written with single quotes, for readable test bodies. */
    protected static String json(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }

    // ---- fixtures ---------------------------------------------------------------------------------------------

    protected static final String CALLS = V1 + "/communications/calls";

    /** A peer-to-peer call to Rosa, service-hosted media. */
    protected static String peerToPeerCall() {
        return json("""
                {'@odata.type': '#microsoft.graph.call',
                 'callbackUri': 'https://bot.example.test/callback',
                 'subject': 'A test call',
                 'targets': [{'@odata.type': '#microsoft.graph.invitationParticipantInfo',
                   'identity': {'@odata.type': '#microsoft.graph.identitySet',
                     'user': {'@odata.type': '#microsoft.graph.identity', 'id': '3b9f5d2e-0000-4c1a-9e3b-111122223333', 'displayName': 'Rosa Lind'}}}],
                 'requestedModalities': ['audio'],
                 'mediaConfig': {'@odata.type': '#microsoft.graph.serviceHostedMediaConfig'}}
                """);
    }

    /** A group call that joins a meeting. */
    protected static String groupCall() {
        return json("""
                {'callbackUri': 'https://bot.example.test/callback',
                 'requestedModalities': ['audio', 'video'],
                 'mediaConfig': {'@odata.type': '#microsoft.graph.appHostedMediaConfig', 'blob': '<media config>'},
                 'chatInfo': {'threadId': '19:meeting_abc@thread.v2', 'messageId': '0'},
                 'meetingInfo': {'@odata.type': '#microsoft.graph.organizerMeetingInfo',
                   'organizer': {'user': {'id': '5c1d0000-aaaa-4bbb-8ccc-ddddeeeeffff', 'displayName': 'Ola Berg'}}}}
                """);
    }

    protected String createCall(String body) {
        return post(CALLS, body).expect(201).text("/id");
    }

    protected String createCall() {
        return createCall(peerToPeerCall());
    }

    protected String createGroupCall() {
        return createCall(groupCall());
    }

    /** A participant as the seed adds one, with valid members instead of the seed's placeholders. */
    protected static String seedParticipant() {
        return json("""
                {'@odata.type': '#microsoft.graph.participant',
                 'info': {'@odata.type': 'microsoft.graph.participantInfo',
                   'identity': {'@odata.type': 'microsoft.graph.identitySet',
                     'application': {'@odata.type': 'microsoft.graph.identity', 'id': 'Id value', 'displayName': 'Display Name value'},
                     'device': {'@odata.type': 'microsoft.graph.identity'},
                     'user': {'@odata.type': 'microsoft.graph.identity'}},
                   'endpointType': 'default', 'region': 'Region value', 'languageId': 'Language Id value', 'countryCode': 'Country Code value'},
                 'recordingInfo': {'@odata.type': 'microsoft.graph.recordingInfo', 'recordingStatus': 'notRecording',
                   'initiatedBy': {'@odata.type': 'microsoft.graph.participantInfo'}},
                 'mediaStreams': [{'@odata.type': 'microsoft.graph.mediaStream', 'mediaType': 'audio', 'label': 'Label value',
                   'sourceId': 'Source Id value', 'direction': 'sendReceive', 'serverMuted': true}],
                 'metadata': 'Metadata value', 'isMuted': true, 'isInLobby': true}
                """);
    }

    protected static String participants(String callId) {
        return CALLS + "/" + callId + "/participants";
    }

    protected Response addParticipant(String callId) {
        return post(participants(callId), seedParticipant()).expect(201);
    }
}
