package dev.switchboard.adapter.rest.callrecord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.adapter.rest.RestTestSupport;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class CallRecordEndpointsTest extends RestTestSupport {

    private static final String RECORDS = V1 + "/communications/callRecords";

    /** A record with one session of one segment, its dates in {@code year}. */
    private static String record(String year, String participantId) {
        return json("""
                {'@odata.type': '#microsoft.graph.callRecords.callRecord',
                 'type': 'groupCall', 'modalities': ['audio', 'video'],
                 'startDateTime': 'YEAR-03-01T10:00:05+01:00', 'endDateTime': 'YEAR-03-01T09:41:17Z',
                 'joinWebUrl': 'https://teams.example.test/l/meetup-join/abc',
                 'organizer_v2': {'id': '5c1d0000-aaaa-4bbb-8ccc-ddddeeeeffff',
                   'identity': {'@odata.type': '#microsoft.graph.communicationsIdentitySet',
                     'user': {'@odata.type': '#microsoft.graph.communicationsUserIdentity', 'id': '5c1d0000-aaaa-4bbb-8ccc-ddddeeeeffff',
                       'displayName': 'Ola Berg', 'tenantId': '9e0c0000-1111-4222-8333-444455556666'}}},
                 'participants_v2': [{'id': 'PARTICIPANT', 'identity': {'user': {'id': 'PARTICIPANT', 'displayName': 'Rosa Lind'}}}],
                 'sessions': [{'id': 'session-1', 'modalities': ['audio'],
                   'startDateTime': 'YEAR-03-01T09:00:05Z', 'endDateTime': 'YEAR-03-01T09:41:17Z',
                   'caller': {'@odata.type': '#microsoft.graph.callRecords.participantEndpoint',
                     'userAgent': {'@odata.type': '#microsoft.graph.callRecords.clientUserAgent', 'headerValue': 'RTC/7.0',
                       'platform': 'windows', 'productFamily': 'teams'},
                     'feedback': {'rating': 'good', 'tokens': {'NoSound': false}}},
                   'callee': {'@odata.type': '#microsoft.graph.callRecords.serviceEndpoint',
                     'userAgent': {'@odata.type': '#microsoft.graph.callRecords.serviceUserAgent', 'role': 'customBot'}},
                   'segments': [{'id': 'segment-1', 'startDateTime': 'YEAR-03-01T09:00:05Z', 'endDateTime': 'YEAR-03-01T09:41:17Z',
                     'caller': {'userAgent': {'platform': 'web'}},
                     'callee': {'userAgent': {'role': 'mediaController'}},
                     'media': [{'label': 'main-audio', 'callerNetwork': {'ipAddress': '10.0.0.1', 'linkSpeed': 1000000000},
                       'streams': [{'streamDirection': 'callerToCallee', 'averageJitter': 'PT0.016S', 'packetUtilization': 4000}]}]}]}]}
                """).replace("YEAR", year).replace("PARTICIPANT", participantId);
    }

    private Response create(String year) {
        return post(RECORDS, record(year, "p-" + UUID.randomUUID())).expect(201);
    }

    @Test
    void a_record_is_created_with_201_location_etag_and_utc_dates() {
        Response created = create("2025");

        String id = created.text("/id");
        assertThat(created.headers().getLocation()).hasToString("http://localhost:" + port + RECORDS + "/" + id);
        assertThat(created.text("/@odata.context")).endsWith("/v1.0/$metadata#communications/callRecords/$entity");
        assertThat(created.text("/@odata.type")).isEqualTo("#microsoft.graph.callRecords.callRecord");
        assertThat(created.text("/@odata.etag")).isEqualTo("\"1\"");
        assertThat(created.headers().getETag()).isEqualTo("\"1\"");
        assertThat(created.json().get("version").isIntegralNumber()).isTrue();
        assertThat(created.text("/startDateTime")).isEqualTo("2025-03-01T09:00:05Z");
        assertThat(created.text("/lastModifiedDateTime")).endsWith("Z");
        assertThat(created.text("/organizer_v2/@odata.type")).isEqualTo("#microsoft.graph.callRecords.organizer");
        assertThat(created.text("/organizer_v2/identity/user/@odata.type")).isEqualTo("#microsoft.graph.communicationsUserIdentity");
        assertThat(created.json().has("sessions")).isFalse();
        assertThat(created.json().has("participants_v2")).isFalse();
    }

    @Test
    void a_record_with_placeholders_and_an_end_before_its_start_is_refused_naming_everything() {
        ObjectNode body = object(record("2025", "p")).put("type", "String").put("endDateTime", "2025-03-01T08:00:00Z");
        body.putArray("modalities").add("String");

        Response refused = unchanged(RECORDS, () -> post(RECORDS, body.toString()));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorMessage()).contains("type: 'String' is not one of unknown, groupCall, peerToPeer, unknownFutureValue",
                "modalities[0]: 'String' is not one of audio, video", "endDateTime: must not be before startDateTime");
    }

    @Test
    void a_record_is_read_with_its_sessions_and_segments_when_expanded() {
        String id = create("2025").text("/id");

        Response plain = get(RECORDS + "/" + id).expect(200);
        Response sessions = get(RECORDS + "/" + id + "?$expand=sessions").expect(200);
        Response segments = get(RECORDS + "/" + id + "?$expand=sessions($expand=segments)").expect(200);
        Response participants = get(RECORDS + "/" + id + "?expand=participants_v2").expect(200);

        assertThat(plain.json().has("sessions")).isFalse();
        assertThat(plain.text("/@odata.context")).endsWith("#communications/callRecords/$entity");
        assertThat(sessions.json().get("sessions")).hasSize(1);
        assertThat(sessions.json().at("/sessions/0").has("segments")).isFalse();
        assertThat(sessions.text("/@odata.context")).endsWith("#communications/callRecords(sessions())/$entity");
        assertThat(segments.text("/@odata.context")).endsWith("#communications/callRecords(sessions(segments()))/$entity");
        JsonNode session = segments.json().at("/sessions/0");
        assertThat(session.get("@odata.type").asString()).isEqualTo("#microsoft.graph.callRecords.session");
        assertThat(session.at("/caller/@odata.type").asString()).isEqualTo("#microsoft.graph.callRecords.participantEndpoint");
        assertThat(session.at("/caller/userAgent/productFamily").asString()).isEqualTo("teams");
        assertThat(session.at("/caller/feedback/tokens/NoSound").booleanValue()).isFalse();
        assertThat(session.at("/callee/userAgent/@odata.type").asString()).isEqualTo("#microsoft.graph.callRecords.serviceUserAgent");
        JsonNode segment = session.at("/segments/0");
        assertThat(segment.at("/caller/@odata.type").asString()).isEqualTo("#microsoft.graph.callRecords.endpoint");
        assertThat(segment.at("/caller/userAgent/@odata.type").asString()).isEqualTo("#microsoft.graph.callRecords.clientUserAgent");
        assertThat(segment.at("/callee/userAgent/role").asString()).isEqualTo("mediaController");
        assertThat(segment.at("/media/0/callerNetwork/linkSpeed").longValue()).isEqualTo(1000000000L);
        assertThat(segment.at("/media/0/streams/0/averageJitter").asString()).isEqualTo("PT0.016S");
        assertThat(segment.at("/media/0/streams/0/streamDirection").asString()).isEqualTo("callerToCallee");
        assertThat(participants.json().get("participants_v2")).hasSize(1);
        assertThat(participants.text("/participants_v2/0/@odata.type")).isEqualTo("#microsoft.graph.callRecords.participant");
    }

    @Test
    void a_record_is_read_with_select() {
        String id = create("2025").text("/id");

        Response selected = get(RECORDS + "/" + id + "?$select=id,version&$expand=sessions").expect(200);

        assertThat(selected.json().propertyNames()).containsExactly("@odata.context", "@odata.type", "@odata.etag", "id", "version", "sessions");
        assertThat(selected.text("/@odata.context")).endsWith("#communications/callRecords(id,version,sessions())/$entity");
    }

    @Test
    void unsupported_expansions_and_options_are_refused() {
        String id = create("2025").text("/id");

        assertThat(get(RECORDS + "/" + id + "?$expand=organizer").expect(400).errorMessage()).startsWith("$expand: 'organizer' cannot be expanded here");
        assertThat(get(RECORDS + "/" + id + "?$expand=sessions($select=id)").expect(400).errorMessage())
                .startsWith("$expand: '$select=id' is not supported inside $expand");
        assertThat(get(RECORDS + "/" + id + "?$expand=sessions($expand=media)").expect(400).status()).isEqualTo(400);
        assertThat(get(RECORDS + "/" + id + "?$filter=version%20eq%201").expect(400).errorMessage()).startsWith("$filter: is not supported");
        assertThat(get(RECORDS + "/nope?$expand=nonsense").expect(404).errorCode()).isEqualTo("itemNotFound");
    }

    @Test
    void records_are_filtered_by_start_and_participant_and_paged_with_the_filter_kept() {
        List<String> in2031 = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            in2031.add(create("2031").text("/id"));
        }
        create("2032");
        String participant = "p-" + UUID.randomUUID();
        String withParticipant = post(RECORDS, record("2033", participant)).expect(201).text("/id");

        String filter = "$filter=startDateTime%20ge%202031-01-01T00:00:00Z%20and%20startDateTime%20lt%202032-01-01T00:00:00Z";
        Response first = send(HttpMethod.GET, RECORDS + "?" + filter, null, h -> h.add("Prefer", "odata.maxpagesize=2")).expect(200);
        Response second = send(HttpMethod.GET, first.text("/@odata.nextLink"), null, h -> h.add("Prefer", "odata.maxpagesize=2")).expect(200);
        Response byParticipant = get(RECORDS + "?filter=participants_v2/any(p:p/id%20eq%20'" + participant + "')").expect(200);

        assertThat(first.text("/@odata.context")).endsWith("/v1.0/$metadata#communications/callRecords");
        assertThat(first.text("/@odata.nextLink")).startsWith("http://localhost:" + port + RECORDS + "?" + filter + "&$skiptoken=");
        List<String> ids = new ArrayList<>();
        first.json().get("value").forEach(r -> ids.add(r.get("id").asString()));
        second.json().get("value").forEach(r -> ids.add(r.get("id").asString()));
        assertThat(ids).containsExactlyInAnyOrderElementsOf(in2031);
        assertThat(second.json().has("@odata.nextLink")).isFalse();
        assertThat(byParticipant.json().get("value")).hasSize(1);
        assertThat(byParticipant.text("/value/0/id")).isEqualTo(withParticipant);
        JsonNode item = first.json().at("/value/0");
        assertThat(item.get("@odata.type").asString()).isEqualTo("#microsoft.graph.callRecords.callRecord");
        assertThat(item.has("@odata.etag")).isTrue();
        assertThat(item.has("sessions")).isFalse();
        assertThat(item.has("organizer_v2")).isTrue();
    }

    @Test
    void the_list_takes_select_and_the_stricter_of_two_bounds() {
        create("2034");
        String late = post(RECORDS, object(record("2034", "x")).put("startDateTime", "2034-06-01T10:00:00Z")
                .put("endDateTime", "2034-06-01T11:00:00Z").toString()).expect(201).text("/id");

        Response selected = get(RECORDS + "?$filter=startDateTime%20gt%202034-01-01T00:00:00Z%20and%20startDateTime%20ge%202034-05-01T00:00:00Z"
                + "%20and%20startDateTime%20le%202034-12-31T00:00:00Z&$select=id,startDateTime").expect(200);

        assertThat(selected.json().get("value")).hasSize(1);
        assertThat(selected.text("/value/0/id")).isEqualTo(late);
        assertThat(selected.json().at("/value/0").propertyNames()).containsExactly("@odata.type", "@odata.etag", "id", "startDateTime");
        assertThat(selected.text("/@odata.context")).endsWith("#communications/callRecords(id,startDateTime)");
    }

    @Test
    void unsupported_filters_and_options_on_the_list_are_refused() {
        assertThat(get(RECORDS + "?$top=5").expect(400).errorMessage()).startsWith("$top: is not supported on this resource");
        get(RECORDS + "?$orderby=startDateTime").expect(400);
        get(RECORDS + "?$count=true").expect(400);
        get(RECORDS + "?$search=x").expect(400);
        assertThat(get(RECORDS + "?$filter=startDateTime%20eq%202025-01-01T00:00:00Z").expect(400).errorMessage())
                .isEqualTo("$filter: startDateTime supports ge, gt, le and lt, not 'eq'");
        assertThat(get(RECORDS + "?$filter=version%20gt%201").expect(400).errorMessage()).startsWith("$filter: 'version' cannot be filtered on");
        assertThat(get(RECORDS + "?$filter=startDateTime%20ge%20yesterday").expect(400).errorMessage())
                .isEqualTo("$filter: 'yesterday' is not a DateTimeOffset such as 2025-03-01T00:00:00Z");
        get(RECORDS + "?$filter=startDateTime%20ge%202025-01-01T00:00:00Z%20or%20startDateTime%20lt%202024-01-01T00:00:00Z").expect(400);
        get(RECORDS + "?$filter=startDateTime%20ge%202025-13-01T00:00:00Z").expect(400);
        get(RECORDS + "?$filter=participants_v2/any(p:q/id%20eq%20'x')").expect(400);
        get(RECORDS + "?$filter=participants_v2/any(p:p/id%20eq%20'x')%20and%20participants_v2/any(p:p/id%20eq%20'y')").expect(400);
        get(RECORDS + "?$filter=(startDateTime%20ge%202025-01-01T00:00:00Z").expect(400);
    }

    @Test
    void patch_bumps_the_version_when_it_changes_something_and_keeps_it_otherwise() {
        String id = create("2025").text("/id");
        String uri = RECORDS + "/" + id;

        Response changed = patch(uri, json("{'joinWebUrl': 'https://teams.example.test/other'}")).expect(200);
        Response same = patch(uri, json("{'joinWebUrl': 'https://teams.example.test/other', 'type': 'GROUPCALL'}")).expect(200);
        Response named = patch(uri, json("{'version': 7, 'modalities': ['audio']}")).expect(200);

        assertThat(changed.json().get("version").longValue()).isEqualTo(2);
        assertThat(changed.headers().getETag()).isEqualTo("\"2\"");
        assertThat(same.json().get("version").longValue()).isEqualTo(2);
        assertThat(named.json().get("version").longValue()).isEqualTo(7);
        assertThat(named.text("/@odata.context")).endsWith("#communications/callRecords/$entity");
        assertThat(named.json().has("sessions")).isFalse();
    }

    @Test
    void patch_refuses_a_version_that_does_not_rise_with_409_and_changes_nothing() {
        String uri = RECORDS + "/" + create("2025").text("/id");

        Response conflict = unchanged(uri, () -> patch(uri, json("{'version': 1, 'joinWebUrl': 'https://x.example.test'}")));

        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.errorCode()).isEqualTo("conflict");
    }

    @Test
    void patch_refuses_an_end_before_the_start_nulls_and_read_only_changes() {
        String uri = RECORDS + "/" + create("2025").text("/id");

        Response reversed = unchanged(uri, () -> patch(uri, json("{'endDateTime': '2020-01-01T00:00:00Z'}")));
        Response nulls = unchanged(uri, () -> patch(uri, json("{'type': null, 'version': null}")));
        Response readOnly = unchanged(uri, () -> patch(uri, json("{'id': 'other', 'lastModifiedDateTime': '2020-01-01T00:00:00Z'}")));

        assertThat(reversed.status()).isEqualTo(400);
        assertThat(reversed.errorMessage()).isEqualTo("endDateTime: must not be before startDateTime");
        assertThat(nulls.errorMessage()).contains("type: must not be null", "version: must not be null");
        assertThat(readOnly.errorMessage()).contains("id: is read-only", "lastModifiedDateTime: is read-only");
    }

    @Test
    void patch_honours_if_match_and_412_wins_over_409() {
        String uri = RECORDS + "/" + create("2025").text("/id");

        Response stale = unchanged(uri, () -> send(HttpMethod.PATCH, uri, "{\"version\": 1}", h -> h.setIfMatch("\"5\"")));
        Response current = send(HttpMethod.PATCH, uri, "{\"version\": 3}", h -> h.setIfMatch("\"1\""));

        assertThat(stale.status()).isEqualTo(412);
        current.expect(200);
    }

    @Test
    void an_unknown_record_is_not_found_before_any_body_problem() {
        assertThat(get(RECORDS + "/nope").expect(404).errorMessage()).isEqualTo("callRecord nope was not found.");
        patch(RECORDS + "/nope", "{oops").expect(404);
        get(RECORDS + "/nope/sessions").expect(404);
    }

    @Test
    void sessions_are_listed_with_segments_when_expanded() {
        String id = create("2025").text("/id");

        Response sessions = get(RECORDS + "/" + id + "/sessions").expect(200);
        Response withSegments = get(RECORDS + "/" + id + "/sessions?$expand=segments").expect(200);

        assertThat(sessions.text("/@odata.context")).endsWith("#communications/callRecords('" + id + "')/sessions");
        assertThat(sessions.json().at("/value/0").has("segments")).isFalse();
        assertThat(withSegments.json().at("/value/0/segments")).hasSize(1);
        assertThat(withSegments.text("/@odata.context")).endsWith("/sessions(segments())");
    }

    @Test
    void hanging_up_a_call_leaves_its_record_with_a_session_per_participant() {
        String callId = createGroupCall();
        addParticipant(callId);
        String chainId = get(CALLS + "/" + callId).text("/callChainId");
        delete(CALLS + "/" + callId).expect(204);

        Response record = get(RECORDS + "/" + chainId + "?$expand=sessions($expand=segments)").expect(200);

        assertThat(record.text("/type")).isEqualTo("groupCall");
        assertThat(record.json().get("sessions")).hasSize(2);
        assertThat(record.json().get("modalities").toString()).isEqualTo("[\"audio\",\"video\"]");
    }
}
