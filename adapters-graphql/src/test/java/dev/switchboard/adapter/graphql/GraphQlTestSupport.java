package dev.switchboard.adapter.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.application.testing.inmemory.InMemoryPorts;
import dev.switchboard.domain.common.TenantId;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the GraphQL adapter on a random port over the real core and in-memory adapters, and talks to it over HTTP
 * with the documents stored under {@code src/test/resources/graphql-test/}. Every test makes its own calls and
 * records, so tests share one server without sharing state.
 */
@SpringBootTest(classes = GraphQlTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureHttpGraphQlTester
public abstract class GraphQlTestSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    protected HttpGraphQlTester graphQl;

    /** Patient on a busy two-core machine (the tester's default is 5 s): speed is measured by the benchmarks. */
    @Autowired
    void useTester(HttpGraphQlTester tester) {
        this.graphQl = tester.mutate().responseTimeout(Duration.ofSeconds(30)).build();
    }

    @Autowired
    protected InMemoryPorts ports;

    @Autowired
    protected PortCalls portCalls;

    @LocalServerPort
    protected int port;

    /** Runs a stored document with the given variables. */
    protected GraphQlTester.Response run(String document, Map<String, Object> variables) {
        return graphQl.documentName(document).variables(variables).execute();
    }

    /** Runs a stored document whose only variable is {@code input}, written as JSON with single quotes. */
    protected GraphQlTester.Response mutate(String document, String input) {
        return run(document, Map.of("input", object(input)));
    }

    /**
     * The one error of a refused request, checked for its classification and its {@code extensions.code}; the data
     * must hold no result for the refused field.
     */
    protected static ResponseError refused(GraphQlTester.Response response, String classification, String code) {
        AtomicReference<List<ResponseError>> errors = new AtomicReference<>();
        response.errors().satisfy(errors::set);
        assertThat(errors.get()).as("the errors of a refused request").hasSize(1);
        ResponseError error = errors.get().get(0);
        assertThat(error.getErrorType().toString()).as("classification of %s", error).isEqualTo(classification);
        assertThat(error.getExtensions()).as("extensions of %s", error).containsEntry("code", code);
        assertThat(error.getMessage()).as("a message without a stack trace").doesNotContain("\tat ", "Exception");
        return error;
    }

    /** The offending paths an invalid-input error names, in order. */
    @SuppressWarnings("unchecked")
    protected static List<String> fieldPaths(ResponseError error) {
        List<Map<String, Object>> fieldErrors = (List<Map<String, Object>>) error.getExtensions().get("fieldErrors");
        assertThat(fieldErrors).as("fieldErrors of %s", error).isNotNull();
        return fieldErrors.stream().map(fieldError -> (String) fieldError.get("path")).toList();
    }

    /** A JSON object written with single quotes, for readable variables. */
    protected static Map<String, Object> object(String singleQuoted) {
        return JSON.readValue(singleQuoted.replace('\'', '"'), new TypeReference<Map<String, Object>>() {
        });
    }

    /** The tenant of the test caller every request acts as ({@link TestCaller}). */
    protected static final TenantId TENANT = TestCaller.CALLER.tenantId();

    /** How many calls the tenant has in the store, to prove that a refused request placed none. */
    protected int storedCalls() {
        return ports.calls().findPage(TENANT, Optional.empty(), Integer.MAX_VALUE).size();
    }

    // ---- fixtures ---------------------------------------------------------------------------------------------

    /** A peer-to-peer call to Rosa, service-hosted media. */
    protected static final String PEER_TO_PEER_CALL = """
            {'callbackUri': 'https://bot.example.test/callback',
             'subject': 'A test call',
             'targets': [{'identity': {'user': {'id': '3b9f5d2e-0000-4c1a-9e3b-111122223333', 'displayName': 'Rosa Lind'}}}],
             'requestedModalities': ['audio'],
             'mediaConfig': {'kind': 'serviceHostedMediaConfig'}}
            """;

    /** A group call that joins a meeting. */
    protected static final String GROUP_CALL = """
            {'callbackUri': 'https://bot.example.test/callback',
             'requestedModalities': ['audio', 'video'],
             'mediaConfig': {'kind': 'appHostedMediaConfig', 'blob': '<media config>'},
             'chatInfo': {'threadId': '19:meeting_abc@thread.v2', 'messageId': '0'},
             'meetingInfo': {'kind': 'organizerMeetingInfo',
               'organizer': {'user': {'id': '5c1d0000-aaaa-4bbb-8ccc-ddddeeeeffff', 'displayName': 'Ola Berg'}}}}
            """;

    protected String createCall(String input) {
        return mutate("createCall", input).errors().verify().path("createCall.call.id").entity(String.class).get();
    }

    protected String createCall() {
        return createCall(PEER_TO_PEER_CALL);
    }

    protected String createGroupCall() {
        return createCall(GROUP_CALL);
    }

    /** A participant as the seed adds one, with valid members instead of the seed's placeholders. */
    protected static String newParticipant(String callId) {
        return """
                {'callId': '%s',
                 'info': {'identity': {'application': {'id': 'Id value', 'displayName': 'Display Name value'}},
                   'endpointType': 'default', 'region': 'Region value', 'languageId': 'en-US', 'countryCode': 'NO'},
                 'recordingInfo': {'recordingStatus': 'notRecording'},
                 'mediaStreams': [{'mediaType': 'audio', 'label': 'Label value', 'sourceId': '1',
                   'direction': 'sendReceive', 'serverMuted': true}],
                 'metadata': 'Metadata value', 'isMuted': true, 'isInLobby': true}
                """.formatted(callId);
    }

    protected String addParticipant(String callId) {
        return mutate("addParticipant", newParticipant(callId)).errors().verify()
                .path("addParticipant.participant.id").entity(String.class).get();
    }
}
