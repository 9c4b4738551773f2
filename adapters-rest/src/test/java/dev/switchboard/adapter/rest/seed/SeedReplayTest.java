package dev.switchboard.adapter.rest.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.switchboard.adapter.rest.RestTestSupport;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The example of each seed page, replayed. Raw, with its {@code "String"} placeholders (and seed 004's end before
 * its start), it is refused with one {@code 400} naming every bad path, and changes nothing; with valid members in
 * their place it succeeds and answers the shape the page shows (the page's values, give or take server-assigned
 * ids, {@code #} on {@code @odata.type}, and date-times as instants).
 */
class SeedReplayTest extends RestTestSupport {

    /** Seeds 000 and 001: the participant placeholders and the members that replace them. */
    private static final Map<String, String> PARTICIPANT_MEMBERS = Map.of(
            "/info/endpointType", "default",
            "/recordingInfo/recordingStatus", "notRecording",
            "/mediaStreams/0/mediaType", "audio",
            "/mediaStreams/0/direction", "sendReceive");

    // ---- 001: Add participants ----------------------------------------------------------------------------------

    @Test
    void seed_001_raw_is_refused_naming_every_placeholder() {
        String callId = createCall();

        Response refused = unchanged(participants(callId), () -> post(participants(callId), seed("001-add-participant.request.json")));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorMessage().split("; ")).hasSize(4)
                .anySatisfy(m -> assertThat(m).startsWith("info.endpointType: 'String' is not one of default"))
                .anySatisfy(m -> assertThat(m).startsWith("recordingInfo.recordingStatus: 'String' is not one of"))
                .anySatisfy(m -> assertThat(m).startsWith("mediaStreams[0].mediaType: 'String' is not one of"))
                .anySatisfy(m -> assertThat(m).startsWith("mediaStreams[0].direction: 'String' is not one of"));
    }

    @Test
    void seed_001_with_valid_members_creates_the_participant_it_shows() {
        String callId = createCall();
        String request = members(seed("001-add-participant.request.json"), PARTICIPANT_MEMBERS);

        Response created = post(participants(callId), request).expect(201);
        Response viaRef = post(participants(callId) + "/$ref", request).expect(201);
        Response onBeta = post(BETA + "/communications/calls/" + callId + "/participants", request).expect(201);

        String shown = members(seed("001-add-participant.response.json"), PARTICIPANT_MEMBERS);
        assertShows(created.json(), shown, V1_DIFFERENCES);
        assertShows(viaRef.json(), shown, V1_DIFFERENCES);
        assertShows(onBeta.json(), shown, Set.of("id"));
        assertThat(created.json().at("/recordingInfo").has("initiator")).isTrue();
    }

    /**
     * graph-api §3: v1.0 has no {@code recordingInfo.initiatedBy} (only {@code initiator}); beta has both. The seed pages
     * show it, so on v1.0 the replay leaves it out of the comparison and the beta replay checks it.
     */
    private static final Set<String> V1_DIFFERENCES = Set.of("id", "initiatedBy");

    // ---- 000: Update participant --------------------------------------------------------------------------------

    @Test
    void seed_000_raw_is_refused_naming_every_placeholder_and_changes_nothing() {
        String callId = createCall();
        String uri = participants(callId) + "/" + addParticipant(callId).text("/id");

        Response refused = unchanged(uri, () -> patch(uri, seed("000-update-participant.request.json")));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorMessage()).contains("info.endpointType: 'String'", "recordingInfo.recordingStatus: 'String'",
                "mediaStreams[0].mediaType: 'String'", "mediaStreams[0].direction: 'String'");
    }

    @Test
    void seed_000_with_valid_members_updates_the_writable_properties_and_answers_the_participant() {
        String callId = createCall();
        ObjectNode before = object(members(seed("001-add-participant.request.json"), PARTICIPANT_MEMBERS));
        before.put("isMuted", false).put("isInLobby", false).put("metadata", "before");
        ((ObjectNode) before.at("/mediaStreams/0")).put("serverMuted", false);
        String uri = participants(callId) + "/" + post(participants(callId), before.toString()).expect(201).text("/id");

        Response updated = patch(uri, members(seed("000-update-participant.request.json"), PARTICIPANT_MEMBERS)).expect(200);

        String shown = members(seed("000-update-participant.response.json"), PARTICIPANT_MEMBERS);
        assertShows(updated.json(), shown, V1_DIFFERENCES);
        assertShows(get(uri).json(), shown, V1_DIFFERENCES);
        assertShows(get(uri.replace(V1 + "/", BETA + "/")).json(), shown, Set.of("id"));
        assertThat(updated.json().get("isMuted").booleanValue()).isTrue();
    }

    // ---- 002: Update inviteParticipantsOperation ----------------------------------------------------------------

    @Test
    void seed_002_raw_is_refused_for_its_status_placeholder_and_changes_nothing() {
        String callId = createCall();
        String uri = inviteAsTheSeed(callId);

        Response refused = unchanged(uri, () -> patch(uri, seed("002-update-invite-participants-operation.request.json")));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorMessage()).isEqualTo("status: 'String' is not one of NotStarted, Running, Completed, Failed");
    }

    @Test
    void seed_002_with_a_valid_status_completes_the_invitation_and_answers_the_operation_it_shows() {
        String callId = createCall();
        String uri = inviteAsTheSeed(callId);
        int roster = get(participants(callId)).json().get("value").size();
        Map<String, String> status = Map.of("/status", "Completed");

        Response updated = patch(uri, members(seed("002-update-invite-participants-operation.request.json"), status)).expect(200);

        assertShows(updated.json(), members(seed("002-update-invite-participants-operation.response.json"), status), Set.of("id"));
        assertThat(updated.json().at("/resultInfo/code").isInt()).isTrue();
        assertThat(get(participants(callId)).json().get("value")).hasSize(roster + 1);
    }

    /** Invites the seed's own invitee, so that the seed's PATCH resends the stored (read-only) participants. */
    private String inviteAsTheSeed(String callId) {
        JsonNode seedInvitees = JSON.readTree(seed("002-update-invite-participants-operation.request.json")).get("participants");
        ObjectNode invite = object("{}");
        invite.set("participants", seedInvitees);
        invite.put("clientContext", "before");
        return post(participants(callId) + "/invite", invite.toString()).expect(200).headers().getLocation().getPath();
    }

    // ---- 003: beta Create participant ---------------------------------------------------------------------------

    @Test
    void seed_003_as_it_stands_creates_a_participant_through_both_legacy_beta_roots() {
        String callId = createCall();
        String request = seed("003-beta-create-participant.request.json");

        Response viaApp = post(BETA + "/app/calls/" + callId + "/participants", request).expect(201);
        Response viaApplications = post(BETA + "/applications/00000000-0000-0000-0000-000000000002/calls/" + callId
                + "/participants", request).expect(201);

        for (Response created : new Response[] {viaApp, viaApplications}) {
            assertShows(created.json(), seed("003-beta-create-participant.response.json"), Set.of("id", "isTyping"));
            assertThat(created.json().has("isTyping")).as("isTyping is in no metadata; it is never emitted").isFalse();
        }
    }

    // ---- 004: Update callRecord ---------------------------------------------------------------------------------

    private static final Map<String, String> RECORD_MEMBERS = Map.of("/type", "groupCall", "/modalities/0", "audio");

    @Test
    void seed_004_raw_is_refused_naming_its_placeholders_and_its_end_before_its_start() {
        String uri = createRecord();

        Response refused = unchanged(uri, () -> patch(uri, seed("004-update-call-record.request.json")));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorMessage().split("; ")).hasSize(3)
                .anySatisfy(m -> assertThat(m).startsWith("type: 'String' is not one of unknown, groupCall, peerToPeer"))
                .anySatisfy(m -> assertThat(m).startsWith("modalities[0]: 'String' is not one of audio"))
                .anySatisfy(m -> assertThat(m).isEqualTo("endDateTime: must not be before startDateTime"));
    }

    @Test
    void seed_004_with_valid_members_but_its_own_dates_is_still_refused() {
        String uri = createRecord();

        Response refused = unchanged(uri, () -> patch(uri, members(seed("004-update-call-record.request.json"), RECORD_MEMBERS)));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorMessage()).isEqualTo("endDateTime: must not be before startDateTime");
    }

    @Test
    void seed_004_with_valid_members_and_a_valid_range_updates_the_record_it_shows() {
        String uri = createRecord();
        Map<String, String> valid = Map.of("/type", "groupCall", "/modalities/0", "audio",
                "/startDateTime", "2017-01-01T00:01:17.3856072+03:00", "/endDateTime", "2017-01-01T00:03:15.6077862+03:00");

        Response updated = patch(uri, members(seed("004-update-call-record.request.json"), valid)).expect(200);

        assertShows(updated.json(), members(seed("004-update-call-record.response.json"), valid), Set.of("id", "lastModifiedDateTime"));
        assertThat(updated.text("/startDateTime")).isEqualTo("2016-12-31T21:01:17.385607Z");
        assertThat(updated.json().get("version").longValue()).isEqualTo(7);
        assertThat(updated.headers().getETag()).isEqualTo("\"7\"");
    }

    private String createRecord() {
        return post(V1 + "/communications/callRecords", json("""
                {'type': 'peerToPeer', 'modalities': ['audio'],
                 'startDateTime': '2016-12-31T20:00:00Z', 'endDateTime': '2016-12-31T20:30:00Z'}
                """)).expect(201).headers().getLocation().getPath();
    }

    // ---- comparison ---------------------------------------------------------------------------------------------

    /** The seed body with its placeholders replaced: JSON pointer to member. */
    private static String members(String seedBody, Map<String, String> replacements) {
        ObjectNode body = object(seedBody);
        replacements.forEach((pointer, value) -> {
            JsonPointer at = JsonPointer.compile(pointer);
            JsonNode parent = body.at(at.head());
            String last = at.last().getMatchingProperty();
            if (parent.isArray()) {
                ((tools.jackson.databind.node.ArrayNode) parent).set(at.last().getMatchingIndex(), value);
            } else {
                ((ObjectNode) parent).put(last, value);
            }
        });
        return body.toString();
    }

    /**
     * Every property the seed shows is in the answer with the same value; the answer may hold more (the seeds are
     * "truncated"). {@code @odata.type} is compared without its {@code #}, date-times as instants (to the microsecond
     * the service keeps), numbers as numbers.
     */
    private static void assertShows(JsonNode actual, String expected, Set<String> ignored) {
        compare(actual, JSON.readTree(expected), "", ignored);
    }

    private static void compare(JsonNode actual, JsonNode expected, String path, Set<String> ignored) {
        if (expected.isObject()) {
            assertThat(actual.isObject()).as("%s is an object in %s", path, actual).isTrue();
            for (String name : expected.propertyNames()) {
                if (ignored.contains(name)) {
                    continue;
                }
                if (!actual.has(name)) {
                    fail("%s/%s is missing from %s", path, name, actual);
                }
                if (name.equals("@odata.type")) {
                    assertThat(bare(actual.get(name).asString())).as(path + "/" + name).isEqualTo(bare(expected.get(name).asString()));
                } else {
                    compare(actual.get(name), expected.get(name), path + "/" + name, ignored);
                }
            }
        } else if (expected.isArray()) {
            assertThat(actual.size()).as("%s has as many items as the seed shows", path).isEqualTo(expected.size());
            for (int i = 0; i < expected.size(); i++) {
                compare(actual.get(i), expected.get(i), path + "/" + i, ignored);
            }
        } else if (expected.isNumber()) {
            assertThat(actual.decimalValue()).as(path).isEqualByComparingTo(expected.decimalValue());
        } else if (expected.isString() && isDateTime(expected.asString())) {
            assertThat(instant(actual.asString())).as(path).isEqualTo(instant(expected.asString()));
        } else {
            assertThat(actual).as(path).isEqualTo(expected);
        }
    }

    private static String bare(String type) {
        return type.startsWith("#") ? type.substring(1) : type;
    }

    private static boolean isDateTime(String text) {
        try {
            OffsetDateTime.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static java.time.Instant instant(String text) {
        return OffsetDateTime.parse(text).toInstant().truncatedTo(ChronoUnit.MICROS);
    }
}
