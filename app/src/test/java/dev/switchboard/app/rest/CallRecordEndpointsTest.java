package dev.switchboard.app.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** {@code /communications/callRecords}: create (ours), read with projections, list with filters, PATCH, sessions. */
class CallRecordEndpointsTest extends RestClientSupport {

    @Test
    void a_record_is_created_with_201_location_etag_and_utc_dates() {
        Response created = post(RECORDS, body("call-record.json")).expect(201);

        String id = created.text("/id");
        assertThat(created.location()).isEqualTo(base() + RECORDS + "/" + id);
        assertThat(created.text("/@odata.context")).isEqualTo(base() + "/v1.0/$metadata#communications/callRecords/$entity");
        assertThat(created.text("/@odata.type")).isEqualTo("#microsoft.graph.callRecords.callRecord");
        assertThat(created.text("/@odata.etag")).isEqualTo("\"1\"").isEqualTo(created.headers().getETag());
        assertThat(created.number("/version")).isEqualTo(1);
        assertThat(created.text("/startDateTime")).isEqualTo("2025-03-01T09:00:05Z");
        assertThat(created.text("/organizer_v2/identity/user/displayName")).isEqualTo("Ola Berg");
        assertThat(get(created.location()).expect(200).text("/id")).isEqualTo(id);
    }

    @Test
    void a_record_is_read_with_sessions_and_segments_when_expanded_and_with_select() {
        String id = createRecord(aTimeOfItsOwn()).text("/id");

        Response plain = get(RECORDS + "/" + id).expect(200);
        Response expanded = get(RECORDS + "/" + id + "?$expand=sessions($expand=segments)").expect(200);
        Response selected = get(RECORDS + "/" + id + "?$select=id,version").expect(200);

        assertThat(plain.json().has("sessions")).isFalse();
        assertThat(expanded.text("/@odata.context")).endsWith("#communications/callRecords(sessions(segments()))/$entity");
        JsonNode session = expanded.json().at("/sessions/0");
        assertThat(session.get("@odata.type").asString()).isEqualTo("#microsoft.graph.callRecords.session");
        assertThat(session.at("/caller/userAgent/productFamily").asString()).isEqualTo("teams");
        assertThat(session.at("/callee/userAgent/@odata.type").asString()).isEqualTo("#microsoft.graph.callRecords.serviceUserAgent");
        JsonNode segment = session.at("/segments/0");
        assertThat(segment.at("/media/0/callerNetwork/linkSpeed").longValue()).isEqualTo(1_000_000_000L);
        assertThat(segment.at("/media/0/streams/0/averageJitter").asString()).isEqualTo("PT0.016S");
        assertThat(selected.json().propertyNames()).containsExactly("@odata.context", "@odata.type", "@odata.etag", "id", "version");
    }

    @Test
    void sessions_are_listed_and_expanded_with_their_segments() {
        String id = createRecord(aTimeOfItsOwn()).text("/id");

        Response sessions = get(RECORDS + "/" + id + "/sessions").expect(200);
        Response withSegments = get(RECORDS + "/" + id + "/sessions?$expand=segments").expect(200);

        assertThat(sessions.text("/@odata.context")).endsWith("#communications/callRecords('" + id + "')/sessions");
        assertThat(sessions.json().get("value")).hasSize(1);
        assertThat(sessions.text("/value/0/id")).isEqualTo("session-1");
        assertThat(sessions.json().at("/value/0").has("segments")).isFalse();
        assertThat(withSegments.text("/value/0/segments/0/id")).isEqualTo("segment-1");
    }

    @Test
    void the_list_pages_sixty_at_a_time_and_keeps_the_filter_in_the_next_link() {
        Instant start = aTimeOfItsOwn();
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 61; i++) {
            created.add(createRecord(start.plusSeconds(i)).text("/id"));
        }
        String window = filter("startDateTime ge " + start + " and startDateTime lt " + start.plus(1, ChronoUnit.HOURS));

        Response first = get(RECORDS + "?" + window).expect(200);
        Response second = get(first.text("/@odata.nextLink")).expect(200);

        assertThat(first.text("/@odata.context")).isEqualTo(base() + "/v1.0/$metadata#communications/callRecords");
        assertThat(first.json().get("value")).hasSize(60);
        assertThat(first.text("/@odata.nextLink")).startsWith(base() + RECORDS + "?" + window + "&$skiptoken=");
        assertThat(second.json().get("value")).hasSize(1);
        assertThat(second.json().has("@odata.nextLink")).isFalse();
        assertThat(ids(List.of(first, second))).containsExactlyInAnyOrderElementsOf(created);
        JsonNode item = first.json().at("/value/0");
        assertThat(item.get("@odata.type").asString()).isEqualTo("#microsoft.graph.callRecords.callRecord");
        assertThat(item.has("sessions")).isFalse();
    }

    @Test
    void start_filters_honour_ge_gt_le_and_lt_at_the_boundary() {
        Instant start = aTimeOfItsOwn();
        String early = createRecord(start).text("/id");
        String middle = createRecord(start.plusSeconds(60)).text("/id");
        String late = createRecord(start.plusSeconds(120)).text("/id");
        String within = "startDateTime ge " + start.minusSeconds(1) + " and startDateTime le " + start.plusSeconds(121);

        assertThat(listed(within + " and startDateTime ge " + start.plusSeconds(60))).containsExactlyInAnyOrder(middle, late);
        assertThat(listed(within + " and startDateTime gt " + start.plusSeconds(60))).containsExactly(late);
        assertThat(listed(within + " and startDateTime le " + start.plusSeconds(60))).containsExactlyInAnyOrder(early, middle);
        assertThat(listed(within + " and startDateTime lt " + start.plusSeconds(60))).containsExactly(early);
    }

    @Test
    void records_are_filtered_by_a_participant() {
        String participant = "p-" + UUID.randomUUID();
        String mine = post(RECORDS, callRecord(aTimeOfItsOwn(), participant)).expect(201).text("/id");
        createRecord(aTimeOfItsOwn());

        assertThat(listed("participants_v2/any(p:p/id eq '" + participant + "')")).containsExactly(mine);
    }

    @Test
    void the_list_takes_select() {
        Instant start = aTimeOfItsOwn();
        String id = createRecord(start).text("/id");

        Response selected = get(RECORDS + "?" + filter("startDateTime ge " + start + " and startDateTime lt " + start.plusSeconds(1))
                + "&$select=id,startDateTime").expect(200);

        assertThat(selected.text("/value/0/id")).isEqualTo(id);
        assertThat(selected.json().at("/value/0").propertyNames()).containsExactly("@odata.type", "@odata.etag", "id", "startDateTime");
    }

    @Test
    void unsupported_filters_and_query_options_are_refused() {
        get(RECORDS + "?" + filter("startDateTime eq 2025-01-01T00:00:00Z")).expectError(400, "BadRequest");
        get(RECORDS + "?" + filter("version gt 1")).expectError(400, "BadRequest");
        get(RECORDS + "?" + filter("startDateTime ge yesterday")).expectError(400, "BadRequest");
        get(RECORDS + "?" + filter("(startDateTime ge 2025-01-01T00:00:00Z")).expectError(400, "BadRequest");
        get(RECORDS + "?$orderby=startDateTime").expectError(400, "BadRequest");
        get(RECORDS + "?$skiptoken=bm9wZQ").expectError(400, "BadRequest");
        assertThat(get(RECORDS + "?$top=5").expectError(400, "BadRequest").errorMessage())
                .startsWith("$top: is not supported on this resource");
        assertThat(get(RECORDS + "?" + filter("startDateTime eq 2025-01-01T00:00:00Z")).errorMessage())
                .isEqualTo("$filter: startDateTime supports ge, gt, le and lt, not 'eq'");
    }

    @Test
    void patch_without_a_version_bumps_it_by_one_when_something_changes() {
        String uri = RECORDS + "/" + createRecord(aTimeOfItsOwn()).text("/id");

        Response changed = patch(uri, json("{'joinWebUrl': 'https://teams.example.test/other'}")).expect(200);
        Response same = patch(uri, json("{'joinWebUrl': 'https://teams.example.test/other'}")).expect(200);

        assertThat(changed.number("/version")).isEqualTo(2);
        assertThat(changed.headers().getETag()).isEqualTo("\"2\"");
        assertThat(same.number("/version")).isEqualTo(2);
        assertThat(get(uri).expect(200).text("/joinWebUrl")).isEqualTo("https://teams.example.test/other");
    }

    @Test
    void patch_with_a_higher_version_takes_it() {
        String uri = RECORDS + "/" + createRecord(aTimeOfItsOwn()).text("/id");

        Response named = patch(uri, json("{'version': 7, 'type': 'peerToPeer', 'modalities': ['audio']}")).expect(200);

        assertThat(named.number("/version")).isEqualTo(7);
        assertThat(named.text("/type")).isEqualTo("peerToPeer");
        assertThat(get(uri).expect(200).number("/version")).isEqualTo(7);
    }

    @Test
    void patch_with_a_version_that_does_not_rise_is_409_and_changes_nothing() {
        String uri = RECORDS + "/" + createRecord(aTimeOfItsOwn()).text("/id");
        patch(uri, json("{'version': 5, 'joinWebUrl': 'https://x.example.test/a'}")).expect(200);

        refusedWithoutChange(uri, () -> patch(uri, json("{'version': 4, 'joinWebUrl': 'https://x.example.test/b'}"))).expectError(409, "conflict");
        refusedWithoutChange(uri, () -> patch(uri, json("{'version': 5, 'joinWebUrl': 'https://x.example.test/b'}"))).expectError(409, "conflict");
    }

    @Test
    void patch_with_an_end_before_the_start_is_400_and_changes_nothing() {
        String uri = RECORDS + "/" + createRecord(aTimeOfItsOwn()).text("/id");

        Response reversed = refusedWithoutChange(uri, () -> patch(uri, json("{'endDateTime': '2020-01-01T00:00:00Z'}")));

        reversed.expectError(400, "BadRequest");
        assertThat(reversed.errorMessage()).isEqualTo("endDateTime: must not be before startDateTime");
    }

    @Test
    void patch_refuses_placeholders_wrong_types_and_read_only_changes_and_changes_nothing() {
        String uri = RECORDS + "/" + createRecord(aTimeOfItsOwn()).text("/id");

        Response placeholders = refusedWithoutChange(uri, () -> patch(uri, json("{'type': 'String', 'modalities': ['String']}")));
        Response wrongType = refusedWithoutChange(uri, () -> patch(uri, json("{'version': 'seven'}")));
        Response readOnly = refusedWithoutChange(uri, () -> patch(uri, json("{'id': 'other', 'lastModifiedDateTime': '2020-01-01T00:00:00Z'}")));

        placeholders.expectError(400, "BadRequest");
        assertThat(placeholders.errorMessage()).contains("type: 'String' is not one of unknown, groupCall, peerToPeer, unknownFutureValue",
                "modalities[0]: 'String' is not one of audio, video");
        wrongType.expectError(400, "BadRequest");
        assertThat(wrongType.errorMessage()).startsWith("version:");
        readOnly.expectError(400, "BadRequest");
        assertThat(readOnly.errorMessage()).contains("id: is read-only", "lastModifiedDateTime: is read-only");
    }

    @Test
    void patch_honours_if_match() {
        String uri = RECORDS + "/" + createRecord(aTimeOfItsOwn()).text("/id");

        Response stale = refusedWithoutChange(uri, () -> patchIfMatch(uri, "\"5\"", json("{'joinWebUrl': 'https://x.example.test'}")));
        patchIfMatch(uri, "\"1\"", json("{'joinWebUrl': 'https://x.example.test'}")).expect(200);

        stale.expectError(412, "preconditionFailed");
    }

    @Test
    void a_record_with_an_end_before_its_start_is_not_created() {
        Instant start = aTimeOfItsOwn();
        String reversed = object(callRecord(start, "p")).put("endDateTime", start.minusSeconds(60).toString()).toString();

        Response refused = post(RECORDS, reversed);

        refused.expectError(400, "BadRequest");
        assertThat(refused.errorMessage()).contains("endDateTime: must not be before startDateTime");
        assertThat(listed("startDateTime ge " + start + " and startDateTime le " + start)).isEmpty();
    }

    @Test
    void an_unknown_record_is_not_found() {
        assertThat(get(RECORDS + "/nope").expectError(404, "itemNotFound").errorMessage()).isEqualTo("callRecord nope was not found.");
        patch(RECORDS + "/nope", json("{'joinWebUrl': 'https://x.example.test'}")).expectError(404, "itemNotFound");
        get(RECORDS + "/nope/sessions").expectError(404, "itemNotFound");
    }

    @Test
    void a_record_reads_back_exactly_as_its_creation_answered() {
        String body = object(callRecord(aTimeOfItsOwn(), "p-" + UUID.randomUUID()))
                .put("startDateTime", "2017-01-01T00:03:15.6077862+03:00")
                .put("endDateTime", "2017-01-01T01:01:17.3856072+03:00").toString();

        Response created = post(RECORDS, body).expect(201);
        Response read = get(created.location() + "?$expand=sessions($expand=segments)").expect(200);
        Response plain = get(created.location()).expect(200);

        assertThat(plain.raw()).isEqualTo(created.raw());
        assertThat(created.text("/startDateTime")).startsWith("2016-12-31T21:03:15.607786").endsWith("Z");
        assertThat(read.json().at("/sessions/0/segments/0/media/0/streams/0/packetUtilization").longValue()).isEqualTo(4000);
    }

    @Test
    void a_start_filter_takes_offsets_other_than_z() {
        Instant start = aTimeOfItsOwn();
        String id = createRecord(start).text("/id");
        String inOslo = start.atOffset(ZoneOffset.ofHours(1)).toString();

        Response listed = get(RECORDS + "?" + filter("startDateTime ge " + inOslo + " and startDateTime le " + inOslo).replace("+", "%2B"))
                .expect(200);

        assertThat(ids(List.of(listed))).containsExactly(id);
    }

    @Test
    void concurrent_patches_naming_the_same_version_let_one_win_and_refuse_the_others_with_409() {
        String uri = RECORDS + "/" + createRecord(aTimeOfItsOwn()).text("/id");

        List<Response> patched = atOnce(6, i -> patch(uri, json("{'version': 9, 'joinWebUrl': 'https://x.example.test/" + i + "'}")));

        assertThat(statuses(patched)).as("bodies %s", patched).containsOnlyOnce(200).containsOnly(200, 409);
        assertThat(get(uri).expect(200).number("/version")).isEqualTo(9);
    }

    private List<String> listed(String filterExpression) {
        return ids(allPages(RECORDS + "?" + filter(filterExpression), 60));
    }
}
