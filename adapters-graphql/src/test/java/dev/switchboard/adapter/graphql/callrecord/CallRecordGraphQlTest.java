package dev.switchboard.adapter.graphql.callrecord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.adapter.graphql.GraphQlTestSupport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * Call records through GraphQL: created whole, read with their sessions, listed with a filter in pages whose sessions
 * load in one batch, and updated with Graph's version rule. Each test keeps to its own month of 2011, so the lists
 * of one test never see another's records.
 */
class CallRecordGraphQlTest extends GraphQlTestSupport {

    /** A record with one session of one segment between a Teams client and a bot, with metrics kept as sent. */
    private static String recordWithSession(String start, String end) {
        return """
                {'type': 'peerToPeer', 'modalities': ['audio', 'video'],
                 'startDateTime': '%1$s', 'endDateTime': '%2$s', 'joinWebUrl': 'https://example.test/join',
                 'organizerV2': {'id': 'org-1', 'identity': {'user': {'id': 'org-1', 'displayName': 'Ola'}}},
                 'participantsV2': [{'id': 'p-1', 'identity': {'user': {'id': 'p-1', 'displayName': 'Rosa'}}}],
                 'sessions': [{'id': 's-1', 'startDateTime': '%1$s', 'endDateTime': '%2$s', 'modalities': ['audio'],
                   'isTest': false,
                   'caller': {'kind': 'participantEndpoint', 'name': 'Rosa laptop', 'cpuCoresCount': 8,
                     'associatedIdentity': {'kind': 'callRecordsUserIdentity', 'id': 'p-1', 'displayName': 'Rosa',
                       'userPrincipalName': 'rosa@example.test'},
                     'userAgent': {'kind': 'clientUserAgent', 'headerValue': 'Teams/1.0', 'platform': 'windows',
                       'productFamily': 'teams'},
                     'feedback': {'rating': 'good', 'text': 'fine', 'tokens': {'NoSound': false}}},
                   'callee': {'kind': 'serviceEndpoint', 'userAgent': {'kind': 'serviceUserAgent', 'role': 'customBot'}},
                   'segments': [{'id': 'seg-1', 'startDateTime': '%1$s', 'endDateTime': '%2$s',
                     'caller': {'kind': 'participantEndpoint', 'name': 'Rosa laptop'},
                     'callee': {'kind': 'serviceEndpoint'},
                     'media': [{'label': 'main-audio',
                       'callerNetwork': {'ipAddress': '10.0.0.1', 'linkSpeed': 1000000, 'wifiBand': null},
                       'callerDevice': {'captureDeviceName': 'Mic', 'cpuInsufficentEventRatio': 0.5},
                       'streams': [{'streamDirection': 'callerToCallee', 'streamId': '1',
                         'metrics': {'averageJitter': 'PT0.01S', 'packetUtilization': 1200, 'lowFrameRateRatio': 0.25,
                           'codecs': ['opus', 'silk']}}]}]}]}]}
                """.formatted(start, end);
    }

    private static String record(String start, String end) {
        return "{'type': 'groupCall', 'modalities': ['audio'], 'startDateTime': '%s', 'endDateTime': '%s'}"
                .formatted(start, end);
    }

    private String createRecord(String input) {
        return mutate("createCallRecord", input).errors().verify().path("createCallRecord.callRecord.id")
                .entity(String.class).get();
    }

    @Test
    void a_created_record_answers_with_its_sessions_segments_endpoints_and_metrics_as_sent() {
        GraphQlTester.Response response = mutate("createCallRecord",
                recordWithSession("2011-01-05T09:00:00Z", "2011-01-05T09:30:00Z"));

        response.errors().verify();
        String base = "createCallRecord.callRecord.";
        response.path(base + "version").entity(Long.class).isEqualTo(1L);
        response.path(base + "etag").entity(String.class).isEqualTo("\"1\"");
        response.path(base + "type").entity(String.class).isEqualTo("peerToPeer");
        response.path(base + "modalities").entityList(String.class).containsExactly("audio", "video");
        response.path(base + "organizerV2.identity.user.displayName").entity(String.class).isEqualTo("Ola");
        response.path(base + "participantsV2[0].id").entity(String.class).isEqualTo("p-1");
        response.path(base + "sessions[0].caller.kind").entity(String.class).isEqualTo("participantEndpoint");
        response.path(base + "sessions[0].caller.cpuCoresCount").entity(Integer.class).isEqualTo(8);
        response.path(base + "sessions[0].caller.associatedIdentity.userPrincipalName").entity(String.class)
                .isEqualTo("rosa@example.test");
        response.path(base + "sessions[0].caller.userAgent.kind").entity(String.class).isEqualTo("clientUserAgent");
        response.path(base + "sessions[0].caller.userAgent.productFamily").entity(String.class).isEqualTo("teams");
        response.path(base + "sessions[0].caller.feedback.tokens").entity(Map.class).isEqualTo(Map.of("NoSound", false));
        response.path(base + "sessions[0].callee.userAgent.role").entity(String.class).isEqualTo("customBot");
        response.path(base + "sessions[0].segments[0].callee.kind").entity(String.class).isEqualTo("serviceEndpoint");
        String media = base + "sessions[0].segments[0].media[0].";
        response.path(media + "callerNetwork.ipAddress").entity(String.class).isEqualTo("10.0.0.1");
        response.path(media + "callerNetwork.linkSpeed").entity(Long.class).isEqualTo(1_000_000L);
        response.path(media + "callerNetwork.wifiBand").valueIsNull();
        response.path(media + "callerDevice.cpuInsufficentEventRatio").entity(Double.class).isEqualTo(0.5);
        response.path(media + "streams[0].streamDirection").entity(String.class).isEqualTo("callerToCallee");
        response.path(media + "streams[0].metrics.averageJitter").entity(String.class).isEqualTo("PT0.01S");
        response.path(media + "streams[0].metrics.codecs").entityList(String.class).containsExactly("opus", "silk");
    }

    @Test
    void a_record_reads_back_with_its_sessions_in_one_call_to_the_core() {
        String id = createRecord(recordWithSession("2011-02-05T09:00:00Z", "2011-02-05T09:30:00Z"));
        int reads = portCalls.count("CallRecordQueries.get");

        GraphQlTester.Response response = run("callRecord", Map.of("id", id));

        response.errors().verify();
        response.path("callRecord.id").entity(String.class).isEqualTo(id);
        response.path("callRecord.sessions[0].id").entity(String.class).isEqualTo("s-1");
        response.path("callRecord.sessions[0].caller.userAgent.platform").entity(String.class).isEqualTo("windows");
        response.path("callRecord.sessions[0].segments[0].media[0].streams[0].metrics.packetUtilization")
                .entity(Integer.class).isEqualTo(1200);
        assertThat(portCalls.count("CallRecordQueries.get") - reads).isEqualTo(1);
    }

    @Test
    void date_times_are_read_with_any_offset_and_written_in_utc() {
        GraphQlTester.Response response = mutate("createCallRecord",
                record("2011-03-05T10:00:00+01:00", "2011-03-05T05:30:00.123456-05:00"));

        response.errors().verify();
        response.path("createCallRecord.callRecord.startDateTime").entity(String.class).isEqualTo("2011-03-05T09:00:00Z");
        response.path("createCallRecord.callRecord.endDateTime").entity(String.class)
                .isEqualTo("2011-03-05T10:30:00.123456Z");
    }

    @Test
    void a_date_time_that_is_not_iso_8601_is_a_validation_error() {
        ResponseError error = refused(mutate("createCallRecord", record("yesterday", "2011-03-05T10:00:00Z")),
                "ValidationError", "BadRequest");

        assertThat(error.getMessage()).contains("yesterday", "ISO-8601");
    }

    @Test
    void a_record_that_ends_before_it_starts_is_refused_with_every_other_problem_and_not_stored() {
        ResponseError error = refused(mutate("createCallRecord", """
                {'type': 'groupCall', 'version': 0, 'startDateTime': '2011-04-05T10:00:00Z',
                 'endDateTime': '2011-04-05T09:00:00Z',
                 'sessions': [{'id': 's-1', 'startDateTime': '2011-04-05T10:00:00Z', 'endDateTime': '2011-04-05T10:10:00Z',
                   'caller': {'kind': 'serviceEndpoint', 'name': 'not a participant'},
                   'callee': {'userAgent': {'kind': 'clientUserAgent', 'role': 'customBot'}}}]}
                """), "BAD_REQUEST", "BadRequest");

        assertThat(fieldPaths(error)).containsExactlyInAnyOrder("input.endDateTime", "input.version",
                "input.sessions[0].caller.name", "input.sessions[0].callee.userAgent.role");
        assertThat(listIds(Map.of("startFrom", "2011-04-01T00:00:00Z", "startBefore", "2011-05-01T00:00:00Z"), 60))
                .isEmpty();
    }

    @Test
    void an_unknown_record_is_not_found() {
        refused(run("callRecord", Map.of("id", "no-such-record")), "NOT_FOUND", "itemNotFound");
    }

    @Test
    void records_are_listed_by_start_within_the_filter_in_pages() {
        String third = createRecord(record("2011-05-20T09:00:00Z", "2011-05-20T10:00:00Z"));
        String first = createRecord(record("2011-05-01T00:00:00Z", "2011-05-01T10:00:00Z"));
        String second = createRecord(record("2011-05-10T09:00:00Z", "2011-05-10T10:00:00Z"));
        createRecord(record("2011-06-01T00:00:00Z", "2011-06-01T10:00:00Z"));

        assertThat(listIds(Map.of("startFrom", "2011-05-01T00:00:00Z", "startBefore", "2011-06-01T00:00:00Z"), 2))
                .containsExactly(first, second, third);
    }

    @Test
    void records_are_found_by_a_participant_they_name() {
        String named = createRecord(recordWithSession("2011-07-05T09:00:00Z", "2011-07-05T09:30:00Z"));
        createRecord(record("2011-07-06T09:00:00Z", "2011-07-06T09:30:00Z"));

        assertThat(listIds(Map.of("startFrom", "2011-07-01T00:00:00Z", "startBefore", "2011-08-01T00:00:00Z",
                "participantId", "p-1"), 60)).containsExactly(named);
    }

    @Test
    void a_page_over_60_records_is_refused_naming_first() {
        ResponseError error = refused(run("callRecords", Map.of("first", 61)), "BAD_REQUEST", "BadRequest");

        assertThat(fieldPaths(error)).containsExactly("first");
    }

    @Test
    void listed_records_load_their_sessions_in_one_batch_read_whatever_their_number() {
        for (int day = 10; day < 20; day++) {
            createRecord(recordWithSession("2011-08-%dT09:00:00Z".formatted(day), "2011-08-%dT09:30:00Z".formatted(day)));
        }
        int reads = portCalls.count("CallRecordQueries.get");
        int batches = portCalls.count("CallRecordQueries.sessionsOf");
        int lists = portCalls.count("CallRecordQueries.list");

        GraphQlTester.Response response = run("callRecordsWithSessions", Map.of("first", 60, "filter",
                Map.of("startFrom", "2011-08-01T00:00:00Z", "startBefore", "2011-09-01T00:00:00Z")));

        response.errors().verify();
        response.path("callRecords.edges[*].node.sessions[0].segments[0].id").entityList(String.class).hasSize(10);
        assertThat(portCalls.count("CallRecordQueries.list") - lists).isEqualTo(1);
        assertThat(portCalls.count("CallRecordQueries.sessionsOf") - batches).isEqualTo(1);
        assertThat(portCalls.count("CallRecordQueries.get") - reads).isZero();
    }

    @Test
    void the_deepest_query_the_schema_allows_is_within_the_default_limits() {
        createRecord(recordWithSession("2011-08-01T09:00:00Z", "2011-08-01T09:30:00Z"));

        graphQl.documentName("deepCallRecords").execute().errors().verify();
    }

    @Test
    void an_update_naming_a_higher_version_takes_it_and_one_naming_none_raises_it_by_one() {
        String id = createRecord(record("2011-09-05T09:00:00Z", "2011-09-05T10:00:00Z"));

        GraphQlTester.Response seeded = mutate("updateCallRecord", """
                {'id': '%s', 'version': 7, 'type': 'groupCall', 'modalities': ['audio', 'video'],
                 'joinWebUrl': 'https://example.com/joinWebUrl/'}
                """.formatted(id));
        seeded.errors().verify();
        seeded.path("updateCallRecord.callRecord.version").entity(Long.class).isEqualTo(7L);
        seeded.path("updateCallRecord.callRecord.etag").entity(String.class).isEqualTo("\"7\"");
        seeded.path("updateCallRecord.callRecord.modalities").entityList(String.class).containsExactly("audio", "video");

        GraphQlTester.Response cleared = mutate("updateCallRecord", "{'id': '%s', 'joinWebUrl': null}".formatted(id));
        cleared.errors().verify();
        cleared.path("updateCallRecord.callRecord.version").entity(Long.class).isEqualTo(8L);
        cleared.path("updateCallRecord.callRecord.joinWebUrl").valueIsNull();
        cleared.path("updateCallRecord.callRecord.type").entity(String.class).isEqualTo("groupCall");
    }

    @Test
    void an_update_naming_a_version_that_does_not_rise_conflicts_and_changes_nothing() {
        String id = createRecord(record("2011-10-05T09:00:00Z", "2011-10-05T10:00:00Z"));
        mutate("updateCallRecord", "{'id': '%s', 'version': 7, 'type': 'groupCall'}".formatted(id)).errors().verify();

        refused(mutate("updateCallRecord", "{'id': '%s', 'version': 5, 'type': 'peerToPeer'}".formatted(id)),
                "CONFLICT", "conflict");

        GraphQlTester.Response after = run("callRecord", Map.of("id", id));
        after.path("callRecord.version").entity(Long.class).isEqualTo(7L);
        after.path("callRecord.type").entity(String.class).isEqualTo("groupCall");
    }

    @Test
    void an_update_that_ends_the_record_before_it_starts_is_refused() {
        String id = createRecord(record("2011-11-05T09:00:00Z", "2011-11-05T10:00:00Z"));

        ResponseError error = refused(mutate("updateCallRecord", """
                {'id': '%s', 'startDateTime': '2011-11-05T09:00:00Z', 'endDateTime': '2011-11-05T08:00:00Z'}
                """.formatted(id)), "BAD_REQUEST", "BadRequest");

        assertThat(fieldPaths(error)).containsExactly("input.endDateTime");
        run("callRecord", Map.of("id", id)).path("callRecord.version").entity(Long.class).isEqualTo(1L);
    }

    @Test
    void an_update_is_refused_for_a_read_only_change_and_for_nulls_where_a_value_is_due() {
        String id = createRecord(record("2011-11-06T09:00:00Z", "2011-11-06T10:00:00Z"));

        ResponseError error = refused(mutate("updateCallRecord", """
                {'id': '%s', 'lastModifiedDateTime': '2001-01-01T00:00:00Z', 'type': null, 'modalities': null,
                 'joinWebUrl': 'https://would.change'}
                """.formatted(id)), "BAD_REQUEST", "BadRequest");

        assertThat(fieldPaths(error)).containsExactlyInAnyOrder("input.lastModifiedDateTime", "input.type",
                "input.modalities");
        GraphQlTester.Response after = run("callRecord", Map.of("id", id));
        after.path("callRecord.version").entity(Long.class).isEqualTo(1L);
        after.path("callRecord.joinWebUrl").valueIsNull();
    }

    @Test
    void an_update_whose_if_match_names_an_older_version_fails_the_precondition() {
        String id = createRecord(record("2011-12-05T09:00:00Z", "2011-12-05T10:00:00Z"));
        mutate("updateCallRecord", "{'id': '%s', 'joinWebUrl': 'https://a.test'}".formatted(id)).errors().verify();

        Map<String, Object> input = object("{'id': '%s', 'joinWebUrl': 'https://b.test'}".formatted(id));
        input.put("ifMatch", "\"1\"");
        refused(run("updateCallRecord", Map.of("input", input)), "PRECONDITION_FAILED", "preconditionFailed");
    }

    @Test
    void updating_an_unknown_record_is_not_found() {
        refused(mutate("updateCallRecord", "{'id': 'no-such-record', 'joinWebUrl': null}"), "NOT_FOUND",
                "itemNotFound");
    }

    /** The ids of every record the filter accepts, read page by page. */
    private List<String> listIds(Map<String, Object> filter, int pageSize) {
        List<String> ids = new ArrayList<>();
        String after = null;
        boolean hasNextPage = true;
        while (hasNextPage) {
            Map<String, Object> variables = new HashMap<>();
            variables.put("filter", filter);
            variables.put("first", pageSize);
            variables.put("after", after);
            GraphQlTester.Response page = run("callRecords", variables);
            page.errors().verify();
            List<String> pageIds = page.path("callRecords.edges[*].node.id").entityList(String.class).get();
            assertThat(pageIds).hasSizeLessThanOrEqualTo(pageSize);
            ids.addAll(pageIds);
            hasNextPage = page.path("callRecords.pageInfo.hasNextPage").entity(Boolean.class).get();
            if (hasNextPage) {
                after = page.path("callRecords.pageInfo.endCursor").entity(String.class).get();
            }
        }
        return ids;
    }
}
