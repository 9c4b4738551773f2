package dev.switchboard.adapter.rest.participant;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.adapter.rest.RestTestSupport;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import tools.jackson.databind.JsonNode;

class ParticipantEndpointsTest extends RestTestSupport {

    @Test
    void a_participant_added_to_a_call_answers_201_with_its_absolute_location_context_and_etag() {
        String callId = createCall();

        Response created = addParticipant(callId);

        String id = created.text("/id");
        assertThat(created.headers().getLocation()).hasToString(
                "http://localhost:" + port + "/v1.0/communications/calls/" + callId + "/participants/" + id);
        assertThat(created.text("/@odata.context")).isEqualTo("http://localhost:" + port
                + "/v1.0/$metadata#communications/calls('" + callId + "')/participants/$entity");
        assertThat(created.text("/@odata.type")).isEqualTo("#microsoft.graph.participant");
        assertThat(created.headers().getETag()).isEqualTo(created.text("/@odata.etag"));
        assertThat(created.text("/info/participantId")).isEqualTo(id);
        assertThat(created.text("/info/@odata.type")).isEqualTo("#microsoft.graph.participantInfo");
        assertThat(created.text("/info/endpointType")).isEqualTo("default");
        assertThat(created.json().at("/rosterSequenceNumber").isIntegralNumber()).isTrue();
        assertThat(created.headers().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
    }

    @Test
    void the_seeds_ref_path_is_an_alias_of_the_participants_collection() {
        String callId = createCall();

        Response created = post(participants(callId) + "/$ref", seedParticipant()).expect(201);

        get(participants(callId) + "/" + created.text("/id")).expect(200);
    }

    @Test
    void v1_emits_recording_initiator_only_and_beta_also_initiated_by() {
        String callId = createCall();
        String id = addParticipant(callId).text("/id");

        JsonNode v1 = get(participants(callId) + "/" + id).expect(200).json().get("recordingInfo");
        JsonNode beta = get(BETA + "/communications/calls/" + callId + "/participants/" + id).expect(200).json().get("recordingInfo");

        assertThat(v1.has("initiator")).isTrue();
        assertThat(v1.has("initiatedBy")).isFalse();
        assertThat(beta.has("initiator")).isTrue();
        assertThat(beta.get("initiatedBy").get("@odata.type").asString()).isEqualTo("#microsoft.graph.participantInfo");
    }

    @Test
    void the_raw_seed_body_is_refused_naming_every_placeholder_and_adds_nobody() {
        String callId = createCall();

        Response refused = unchanged(participants(callId), () -> post(participants(callId), seed("001-add-participant.request.json")));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorCode()).isEqualTo("BadRequest");
        assertThat(refused.errorMessage()).contains(
                "info.endpointType: 'String' is not one of default, voicemail, skypeForBusiness, skypeForBusinessVoipPhone, unknownFutureValue",
                "recordingInfo.recordingStatus: 'String' is not one of unknown, notRecording, recording, failed, unknownFutureValue",
                "mediaStreams[0].mediaType: 'String' is not one of audio, video",
                "mediaStreams[0].direction: 'String' is not one of inactive, sendOnly, receiveOnly, sendReceive");
    }

    @Test
    void wrong_json_types_are_refused_naming_each_path() {
        String callId = createCall();

        Response refused = unchanged(participants(callId), () -> post(participants(callId), json("""
                {'info': {'identity': {'user': {'id': 42}}}, 'isMuted': 'yes', 'mediaStreams': {'mediaType': 'audio'},
                 'recordingInfo': 'recording'}
                """)));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorMessage()).contains("info.identity.user.id: must be a string", "isMuted: must be true or false",
                "mediaStreams: must be an array", "recordingInfo: must be an object");
    }

    @Test
    void an_unknown_odata_type_on_a_polymorphic_value_is_refused() {
        String callId = createCall();

        Response refused = unchanged(participants(callId), () -> post(participants(callId), json("""
                {'info': {'identity': {'user': {'@odata.type': '#microsoft.graph.spaceship', 'id': 'x'}}}}
                """)));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorMessage()).startsWith("info.identity.user.@odata.type: '#microsoft.graph.spaceship' is not microsoft.graph.identity");
    }

    @Test
    void a_participant_without_info_is_refused() {
        String callId = createCall();

        Response refused = unchanged(participants(callId), () -> post(participants(callId), "{}"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorMessage()).isEqualTo("info: is required");
    }

    @Test
    void identities_keep_and_echo_the_properties_they_do_not_name() {
        String callId = createCall();

        Response created = post(participants(callId), json("""
                {'info': {'identity': {'user': {'id': 'u1', 'displayName': 'Una', 'tenantId': 't-9', 'identityProvider': 'AAD'},
                   'phone': {'@odata.type': '#microsoft.graph.communicationsPhoneIdentity', 'id': '+46701234567'}}}}
                """)).expect(201);

        assertThat(created.text("/info/identity/@odata.type")).isEqualTo("#microsoft.graph.communicationsIdentitySet");
        assertThat(created.text("/info/identity/user/tenantId")).isEqualTo("t-9");
        assertThat(created.text("/info/identity/user/identityProvider")).isEqualTo("AAD");
        assertThat(created.text("/info/identity/phone/@odata.type")).isEqualTo("#microsoft.graph.communicationsPhoneIdentity");
        assertThat(created.json().at("/info/identity").has("guest")).as("no nulls for empty slots").isFalse();
    }

    @Test
    void enums_are_read_in_any_casing_and_written_in_the_csdl_spelling() {
        String callId = createCall();

        Response created = post(participants(callId), seedParticipant()
                .replace("\"sendReceive\"", "\"SENDRECEIVE\"").replace("\"notRecording\"", "\"NotRecording\"")).expect(201);

        assertThat(created.text("/mediaStreams/0/direction")).isEqualTo("sendReceive");
        assertThat(created.text("/recordingInfo/recordingStatus")).isEqualTo("notRecording");
    }

    @Test
    void adding_to_an_unknown_call_is_not_found_even_with_a_bad_body() {
        Response missing = post(participants("no-such-call"), seedParticipant());
        Response missingWithBadBody = post(participants("no-such-call"), "{not json");
        Response missingWithWrongType = send(HttpMethod.POST, participants("no-such-call"), null, h -> h.setContentType(MediaType.TEXT_PLAIN));

        for (Response response : List.of(missing, missingWithBadBody, missingWithWrongType)) {
            assertThat(response.status()).isEqualTo(404);
            assertThat(response.errorCode()).isEqualTo("itemNotFound");
            assertThat(response.errorMessage()).isEqualTo("call no-such-call was not found.");
        }
    }

    @Test
    void an_unknown_call_is_not_found_before_a_bad_query_option_is_refused() {
        assertThat(get(participants("no-such-call") + "?$orderby=id").status()).isEqualTo(404);
        assertThat(get(participants("no-such-call") + "?$skiptoken=bad").status()).isEqualTo(404);
        assertThat(get(participants("no-such-call") + "/someone?$select=nope").status()).isEqualTo(404);
        assertThat(delete(CALLS + "/no-such-call?$select=id").status()).isEqualTo(404);
        assertThat(post(participants("no-such-call") + "?$select=id", seedParticipant()).status()).isEqualTo(404);
    }

    @Test
    void the_roster_is_listed_with_context_and_paged_with_an_absolute_next_link() {
        String callId = createGroupCall();
        List<String> added = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            added.add(addParticipant(callId).text("/id"));
        }

        Response first = send(HttpMethod.GET, participants(callId), null, h -> h.add("Prefer", "odata.maxpagesize=2"));

        first.expect(200);
        assertThat(first.text("/@odata.context")).isEqualTo("http://localhost:" + port
                + "/v1.0/$metadata#communications/calls('" + callId + "')/participants");
        assertThat(first.headers().getFirst("Preference-Applied")).isEqualTo("odata.maxpagesize=2");
        assertThat(first.json().get("value")).hasSize(2);
        String next = first.text("/@odata.nextLink");
        assertThat(next).startsWith("http://localhost:" + port + participants(callId) + "?$skiptoken=");

        Response second = send(HttpMethod.GET, next, null, h -> h.add("Prefer", "odata.maxpagesize=2"));
        assertThat(second.json().get("value")).hasSize(2);
        assertThat(second.json().has("@odata.nextLink")).isFalse();
        List<String> ids = new ArrayList<>();
        first.json().get("value").forEach(p -> ids.add(p.get("id").asString()));
        second.json().get("value").forEach(p -> ids.add(p.get("id").asString()));
        assertThat(ids).hasSize(4).containsAll(added).doesNotHaveDuplicates();
        assertThat(first.json().get("value").get(0).get("@odata.etag")).isNotNull();
    }

    @Test
    void a_skiptoken_the_service_never_issued_is_refused() {
        String callId = createCall();

        Response refused = get(participants(callId) + "?$skiptoken=bm9wZQ");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorMessage()).isEqualTo("$skiptoken: is not a page token this list issued");
    }

    @Test
    void a_participant_is_read_with_select_and_unknown_selections_or_options_are_refused() {
        String callId = createCall();
        String id = addParticipant(callId).text("/id");
        String uri = participants(callId) + "/" + id;

        Response selected = get(uri + "?$select=isMuted,metadata").expect(200);
        Response noDollar = get(uri + "?select=isMuted").expect(200);

        assertThat(selected.json().propertyNames()).containsExactly("@odata.context", "@odata.type", "@odata.etag", "isMuted", "metadata");
        assertThat(selected.text("/@odata.context")).endsWith("/participants(isMuted,metadata)/$entity");
        assertThat(noDollar.json().propertyNames()).contains("isMuted").doesNotContain("info");
        assertThat(get(uri + "?$select=nope").expect(400).errorMessage()).isEqualTo("$select: 'nope' is not a property of this resource");
        assertThat(get(uri + "?$orderby=id").expect(400).errorMessage()).startsWith("$orderby: is not supported on this resource");
        assertThat(get(uri + "?$select=id&select=info").expect(400).errorMessage()).isEqualTo("$select: may be given only once");
        assertThat(get(uri + "?custom=ignored").expect(200).json().has("info")).isTrue();
    }

    @Test
    void an_unknown_participant_is_not_found() {
        String callId = createCall();

        Response missing = get(participants(callId) + "/nobody").expect(404);

        assertThat(missing.errorMessage()).isEqualTo("participant nobody was not found.");
        patch(participants(callId) + "/nobody", "{not json").expect(404);
        delete(participants(callId) + "/nobody").expect(404);
    }

    @Test
    void patch_changes_the_writable_properties_and_answers_the_updated_participant_with_a_new_etag() {
        String callId = createCall();
        Response created = addParticipant(callId);
        String uri = participants(callId) + "/" + created.text("/id");

        Response patched = patch(uri, json("""
                {'isMuted': false, 'metadata': null, 'mediaStreams': [{'mediaType': 'audio', 'label': 'Label value',
                   'sourceId': 'Source Id value', 'direction': 'sendReceive', 'serverMuted': false}]}
                """)).expect(200);

        assertThat(patched.json().get("isMuted").booleanValue()).isFalse();
        assertThat(patched.json().get("metadata").isNull()).isTrue();
        assertThat(patched.json().at("/mediaStreams/0/serverMuted").booleanValue()).isFalse();
        assertThat(patched.text("/@odata.etag")).isNotEqualTo(created.text("/@odata.etag"));
        assertThat(patched.headers().getETag()).isEqualTo(patched.text("/@odata.etag"));
        assertThat(patched.json().get("rosterSequenceNumber").longValue())
                .isGreaterThan(created.json().get("rosterSequenceNumber").longValue());
        assertThat(get(uri).json()).isEqualTo(object(patched.raw()).put("@odata.context", get(uri).text("/@odata.context")));
    }

    @Test
    void a_patch_that_changes_nothing_answers_200_and_keeps_the_etag() {
        String callId = createCall();
        Response created = addParticipant(callId);
        String uri = participants(callId) + "/" + created.text("/id");

        Response empty = patch(uri, "{}").expect(200);
        Response resend = patch(uri, seedParticipant()).expect(200);

        assertThat(empty.text("/@odata.etag")).isEqualTo(created.text("/@odata.etag"));
        assertThat(resend.text("/@odata.etag")).isEqualTo(created.text("/@odata.etag"));
    }

    @Test
    void patch_refuses_read_only_changes_naming_each_and_changes_nothing() {
        String callId = createCall();
        String id = addParticipant(callId).text("/id");
        String uri = participants(callId) + "/" + id;

        Response refused = unchanged(uri, () -> patch(uri, json("""
                {'id': 'another', 'info': {'identity': {'user': {'id': 'someone-else'}}}, 'rosterSequenceNumber': 99,
                 'isMuted': false}
                """)));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorMessage()).contains("id: is read-only", "info: is read-only", "rosterSequenceNumber: is read-only");
    }

    @Test
    void patch_refuses_null_for_required_booleans_and_wrong_types() {
        String callId = createCall();
        String uri = participants(callId) + "/" + addParticipant(callId).text("/id");

        Response refused = unchanged(uri, () -> patch(uri, json("{'isMuted': null, 'isInLobby': 'no', 'metadata': 7}")));

        assertThat(refused.errorMessage()).contains("isMuted: must not be null", "isInLobby: must be true or false", "metadata: must be a string");
    }

    @Test
    void patch_honours_if_match_with_412_for_a_stale_etag_and_star_for_any() {
        String callId = createCall();
        Response created = addParticipant(callId);
        String uri = participants(callId) + "/" + created.text("/id");

        Response stale = unchanged(uri, () -> send(HttpMethod.PATCH, uri, "{\"isMuted\": false}", h -> h.setIfMatch("\"999\"")));
        Response current = send(HttpMethod.PATCH, uri, "{\"isMuted\": false}", h -> h.setIfMatch(created.text("/@odata.etag")));
        Response any = send(HttpMethod.PATCH, uri, "{\"isInLobby\": false}", h -> h.setIfMatch("*"));

        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.errorCode()).isEqualTo("preconditionFailed");
        current.expect(200);
        any.expect(200);
    }

    @Test
    void a_terminated_call_refuses_participant_changes_with_409_but_412_wins_over_409() {
        String callId = createGroupCall();
        String uri = participants(callId) + "/" + addParticipant(callId).text("/id");
        String roster = participants(callId);
        delete(CALLS + "/" + callId).expect(204);

        Response conflict = unchanged(uri, () -> send(HttpMethod.PATCH, uri, "{\"isMuted\": false}", h -> { }));
        Response precondition = unchanged(uri, () -> send(HttpMethod.PATCH, uri, "{\"isMuted\": false}", h -> h.setIfMatch("\"999\"")));
        Response add = unchanged(roster, () -> post(roster, seedParticipant()));
        Response invite = unchanged(roster, () -> post(roster + "/invite", json("{'participants': [{'identity': {'user': {'id': 'x'}}}]}")));
        Response mute = unchanged(uri, () -> post(uri + "/mute", "{}"));
        Response remove = unchanged(uri, () -> delete(uri));

        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.errorCode()).isEqualTo("conflict");
        assertThat(precondition.status()).isEqualTo(412);
        assertThat(add.status()).isEqualTo(409);
        assertThat(invite.status()).isEqualTo(409);
        assertThat(mute.status()).isEqualTo(409);
        assertThat(remove.status()).isEqualTo(409);
    }

    @Test
    void a_removed_participant_is_gone_from_the_roster() {
        String callId = createCall();
        String id = addParticipant(callId).text("/id");
        String uri = participants(callId) + "/" + id;

        Response removed = delete(uri);

        removed.expect(204);
        assertThat(removed.raw()).isEmpty();
        get(uri).expect(404);
        delete(uri).expect(404);
        get(participants(callId)).json().get("value").forEach(p -> assertThat(p.get("id").asString()).isNotEqualTo(id));
    }

    @Test
    void invite_answers_200_with_the_operation_and_its_absolute_location() {
        String callId = createCall();

        Response invited = post(participants(callId) + "/invite", json("""
                {'participants': [{'@odata.type': '#microsoft.graph.invitationParticipantInfo', 'region': 'westeurope',
                   'identity': {'@odata.type': '#microsoft.graph.identitySet',
                     'user': {'@odata.type': '#microsoft.graph.identity', 'id': 'b0b', 'displayName': 'Bob'}}}],
                 'clientContext': 'ctx-42'}
                """)).expect(200);

        String operationId = invited.text("/id");
        assertThat(invited.headers().getLocation()).hasToString("http://localhost:" + port + CALLS + "/" + callId + "/operations/" + operationId);
        assertThat(invited.text("/@odata.type")).isEqualTo("#microsoft.graph.inviteParticipantsOperation");
        assertThat(invited.text("/@odata.context")).endsWith("/v1.0/$metadata#microsoft.graph.inviteParticipantsOperation");
        assertThat(invited.text("/status")).isEqualTo("Running");
        assertThat(invited.text("/clientContext")).isEqualTo("ctx-42");
        assertThat(invited.json().get("resultInfo").isNull()).isTrue();
        assertThat(invited.text("/participants/0/@odata.type")).isEqualTo("#microsoft.graph.invitationParticipantInfo");
        assertThat(invited.text("/participants/0/region")).isEqualTo("westeurope");
        assertThat(invited.text("/participants/0/identity/user/displayName")).isEqualTo("Bob");
        get(CALLS + "/" + callId + "/operations/" + operationId).expect(200);
    }

    @Test
    void invite_is_also_served_by_its_namespace_qualified_name() {
        String callId = createCall();

        post(participants(callId) + "/microsoft.graph.invite", json("""
                {'participants': [{'identity': {'user': {'id': 'b0b'}}}]}
                """)).expect(200);
    }

    @Test
    void a_peer_to_peer_call_takes_one_invitee_per_request() {
        String callId = createCall();

        Response refused = unchanged(CALLS + "/" + callId, () -> post(participants(callId) + "/invite", json("""
                {'participants': [{'identity': {'user': {'id': 'a'}}}, {'identity': {'user': {'id': 'b'}}}]}
                """)));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorMessage()).startsWith("participants: a peer-to-peer call takes exactly one invitee");
    }

    @Test
    void invite_refuses_invitees_without_identity_and_an_empty_list() {
        String callId = createGroupCall();

        assertThat(post(participants(callId) + "/invite", json("{'participants': [{'region': 'x'}]}")).expect(400).errorMessage())
                .isEqualTo("participants[0].identity: is required");
        assertThat(post(participants(callId) + "/invite", json("{'participants': []}")).expect(400).errorMessage())
                .isEqualTo("participants: must name at least one participant");
        assertThat(post(participants(callId) + "/invite", json("{}")).expect(400).errorMessage())
                .isEqualTo("participants: is required");
    }

    @Test
    void mute_answers_200_with_a_mute_operation_and_works_without_a_body() {
        String callId = createCall();
        String id = addParticipant(callId).text("/id");

        Response muted = post(participants(callId) + "/" + id + "/mute", json("{'clientContext': 'm-1'}")).expect(200);
        Response bare = send(HttpMethod.POST, participants(callId) + "/" + id + "/microsoft.graph.mute", null, h -> { }).expect(200);

        assertThat(muted.text("/@odata.type")).isEqualTo("#microsoft.graph.muteParticipantOperation");
        assertThat(muted.text("/clientContext")).isEqualTo("m-1");
        assertThat(muted.headers().getLocation().toString()).startsWith("http://localhost:" + port + CALLS + "/" + callId + "/operations/");
        assertThat(bare.json().get("clientContext").isNull()).isTrue();
        post(participants(callId) + "/nobody/mute", "{}").expect(404);
    }

    @Test
    void client_context_longer_than_256_characters_is_refused() {
        String callId = createCall();
        String id = addParticipant(callId).text("/id");

        String uri = participants(callId) + "/" + id;

        Response refused = unchanged(uri, () -> post(uri + "/mute", "{\"clientContext\": \"" + "x".repeat(257) + "\"}"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorMessage()).isEqualTo("clientContext: must be at most 256 characters");
    }

    @Test
    void writes_take_no_query_options() {
        String callId = createCall();

        Response refused = unchanged(participants(callId), () -> post(participants(callId) + "?$select=id", seedParticipant()));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorMessage()).startsWith("$select: is not supported on this resource");
    }

    @Test
    void every_response_carries_request_id_and_echoes_client_request_id() {
        String callId = createCall();

        Response echoed = send(HttpMethod.GET, participants(callId), null, h -> h.add("client-request-id", "my-id-1"));
        Response plain = get(participants(callId));

        assertThat(echoed.headers().getFirst("client-request-id")).isEqualTo("my-id-1");
        assertThat(echoed.headers().getFirst("request-id")).matches("[0-9a-f-]{36}");
        assertThat(plain.headers().getFirst("client-request-id")).isEqualTo(plain.headers().getFirst("request-id"));
        assertThat(plain.headers().getFirst(HttpHeaders.DATE)).isNotBlank();
    }
}
