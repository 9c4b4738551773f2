package dev.switchboard.app.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

/** A call's roster: list, read, add (and its {@code $ref} alias), update, remove, invite and mute. */
class ParticipantEndpointsTest extends RestClientSupport {

    @Test
    void a_participant_is_added_with_201_its_absolute_location_context_and_etag() {
        String callId = createCall();

        Response created = addParticipant(callId);

        String id = created.text("/id");
        assertThat(created.location()).isEqualTo(base() + participant(callId, id));
        assertThat(created.text("/@odata.context"))
                .isEqualTo(base() + "/v1.0/$metadata#communications/calls('" + callId + "')/participants/$entity");
        assertThat(created.text("/@odata.type")).isEqualTo("#microsoft.graph.participant");
        assertThat(created.text("/@odata.etag")).isNotBlank().isEqualTo(created.headers().getETag());
        assertThat(created.text("/info/identity/user/displayName")).isEqualTo("Heidi Steen");
        assertThat(created.text("/mediaStreams/0/direction")).isEqualTo("sendReceive");
    }

    @Test
    void the_ref_path_adds_a_participant_too() {
        String callId = createCall();

        Response created = post(participants(callId) + "/$ref", body("participant.json")).expect(201);

        assertThat(get(participant(callId, created.text("/id"))).expect(200).text("/metadata")).isEqualTo("front row");
    }

    @Test
    void a_participant_reads_back_as_stored_and_with_select() {
        String callId = createCall();
        Response created = addParticipant(callId);
        String uri = participant(callId, created.text("/id"));

        Response read = get(uri).expect(200);
        Response selected = get(uri + "?$select=isMuted,metadata").expect(200);

        assertThat(read.raw()).isEqualTo(created.raw());
        assertThat(selected.json().propertyNames())
                .containsExactly("@odata.context", "@odata.type", "@odata.etag", "isMuted", "metadata");
    }

    @Test
    void a_roster_of_more_than_a_hundred_is_paged_at_a_hundred_with_an_absolute_skiptoken_link() {
        String callId = createGroupCall();
        List<String> added = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            added.add(addParticipant(callId).text("/id"));
        }

        Response first = get(participants(callId)).expect(200);
        String next = first.text("/@odata.nextLink");
        Response second = get(next).expect(200);

        assertThat(first.text("/@odata.context"))
                .isEqualTo(base() + "/v1.0/$metadata#communications/calls('" + callId + "')/participants");
        assertThat(first.json().get("value")).hasSize(100);
        assertThat(next).startsWith(base() + participants(callId) + "?$skiptoken=");
        assertThat(second.json().get("value")).hasSize(2);
        assertThat(second.json().has("@odata.nextLink")).isFalse();
        List<String> listed = ids(List.of(first, second));
        assertThat(listed).hasSize(102).doesNotHaveDuplicates().containsAll(added);
        assertThat(getWithPageSize(participants(callId), 500).json().get("value")).as("a page never exceeds 100").hasSize(100);
        assertThat(getWithPageSize(participants(callId), 60).json().get("value")).hasSize(60);
    }

    @Test
    void a_skiptoken_the_service_never_issued_is_refused() {
        String callId = createCall();

        Response refused = get(participants(callId) + "?$skiptoken=bm9wZQ");

        refused.expectError(400, "BadRequest");
        assertThat(refused.errorMessage()).isEqualTo("$skiptoken: is not a page token this list issued");
    }

    @Test
    void a_skiptoken_issued_for_another_roster_is_refused() {
        String callId = createGroupCall();
        String other = createGroupCall();
        addParticipant(other);
        String next = getWithPageSize(participants(other), 1).text("/@odata.nextLink");

        get(participants(callId) + next.substring(next.indexOf('?'))).expectError(400, "BadRequest");
    }

    @Test
    void patch_changes_the_writable_properties_and_the_etag() {
        String callId = createCall();
        Response created = addParticipant(callId);
        String uri = participant(callId, created.text("/id"));

        Response patched = patch(uri, json("{'isMuted': true, 'metadata': 'on stage'}")).expect(200);

        assertThat(patched.json().get("isMuted").booleanValue()).isTrue();
        assertThat(patched.text("/metadata")).isEqualTo("on stage");
        assertThat(patched.text("/@odata.etag")).isNotEqualTo(created.text("/@odata.etag"))
                .isEqualTo(patched.headers().getETag());
        assertThat(get(uri).expect(200).text("/metadata")).isEqualTo("on stage");
    }

    @Test
    void patch_with_the_current_etag_or_a_star_succeeds_and_with_a_stale_one_is_412_changing_nothing() {
        String callId = createCall();
        Response created = addParticipant(callId);
        String uri = participant(callId, created.text("/id"));

        patchIfMatch(uri, created.text("/@odata.etag"), json("{'isMuted': true}")).expect(200);
        Response stale = refusedWithoutChange(uri, () -> patchIfMatch(uri, created.text("/@odata.etag"), json("{'isMuted': false}")));
        patchIfMatch(uri, "*", json("{'isInLobby': true}")).expect(200);

        stale.expectError(412, "preconditionFailed");
    }

    @Test
    void patch_refuses_read_only_changes_naming_each_and_changes_nothing() {
        String callId = createCall();
        String uri = participant(callId, addParticipant(callId).text("/id"));

        Response refused = refusedWithoutChange(uri, () -> patch(uri, json("""
                {'id': 'another', 'info': {'identity': {'user': {'id': 'someone-else'}}}, 'isMuted': true}
                """)));

        refused.expectError(400, "BadRequest");
        assertThat(refused.errorMessage()).contains("id: is read-only", "info: is read-only");
    }

    @Test
    void patch_refuses_wrong_types_and_non_members_naming_the_path_and_the_allowed_members() {
        String callId = createCall();
        String uri = participant(callId, addParticipant(callId).text("/id"));

        Response wrongType = refusedWithoutChange(uri, () -> patch(uri, json("{'isMuted': 'yes', 'metadata': 7}")));
        Response nonMember = refusedWithoutChange(uri, () -> patch(uri, json("""
                {'mediaStreams': [{'mediaType': 'smell', 'sourceId': '1', 'direction': 'sendReceive', 'serverMuted': true}]}
                """)));

        wrongType.expectError(400, "BadRequest");
        assertThat(wrongType.errorMessage()).contains("isMuted: must be true or false", "metadata: must be a string");
        nonMember.expectError(400, "BadRequest");
        assertThat(nonMember.errorMessage()).contains("mediaStreams[0].mediaType: 'smell' is not one of audio, video");
    }

    @Test
    void a_participant_with_placeholder_enums_is_refused_and_nobody_is_added() {
        String callId = createCall();
        String placeholders = body("participant.json").replace("\"default\"", "\"String\"")
                .replace("\"sendReceive\"", "\"String\"");

        Response refused = refusedWithoutChange(participants(callId), () -> post(participants(callId), placeholders));

        refused.expectError(400, "BadRequest");
        assertThat(refused.errorMessage()).contains(
                "info.endpointType: 'String' is not one of default, voicemail, skypeForBusiness",
                "mediaStreams[0].direction: 'String' is not one of inactive, sendOnly, receiveOnly, sendReceive");
    }

    @Test
    void a_removed_participant_answers_204_and_leaves_the_roster() {
        String callId = createCall();
        String id = addParticipant(callId).text("/id");

        Response removed = delete(participant(callId, id));

        removed.expect(204);
        assertThat(removed.raw()).isEmpty();
        get(participant(callId, id)).expectError(404, "itemNotFound");
        assertThat(ids(List.of(get(participants(callId))))).doesNotContain(id);
    }

    @Test
    void removal_with_a_stale_etag_is_412_and_changes_nothing() {
        String callId = createCall();
        String uri = participant(callId, addParticipant(callId).text("/id"));

        refusedWithoutChange(uri, () -> send(HttpMethod.DELETE, uri, null, h -> h.setIfMatch("\"999\"")))
                .expectError(412, "preconditionFailed");
    }

    @Test
    void invite_answers_200_with_the_operation_and_its_absolute_location() {
        String callId = createCall();

        Response invited = invite(callId, "b0b-" + callId);

        String operationId = invited.text("/id");
        assertThat(invited.location()).isEqualTo(base() + operation(callId, operationId));
        assertThat(invited.text("/@odata.type")).isEqualTo("#microsoft.graph.inviteParticipantsOperation");
        assertThat(invited.text("/status")).isEqualTo("Running");
        assertThat(invited.text("/clientContext")).isEqualTo("ctx-invite");
        assertThat(invited.text("/participants/0/identity/user/id")).isEqualTo("b0b-" + callId);
        assertThat(invited.text("/participants/0/region")).isEqualTo("westeurope");
        assertThat(get(invited.location()).expect(200).text("/id")).isEqualTo(operationId);
    }

    @Test
    void invite_is_also_served_by_its_namespace_qualified_name() {
        String callId = createCall();

        Response invited = post(participants(callId) + "/microsoft.graph.invite", inviteBody(aUserId())).expect(200);

        assertThat(invited.text("/@odata.type")).isEqualTo("#microsoft.graph.inviteParticipantsOperation");
    }

    @Test
    void a_peer_to_peer_call_refuses_two_invitees_in_one_request_and_stays_as_it_was() {
        String callId = createCall();
        String twoInvitees = json("{'participants': [{'identity': {'user': {'id': 'a'}}}, {'identity': {'user': {'id': 'b'}}}]}");

        Response refused = refusedWithoutChange(call(callId), () -> post(participants(callId) + "/invite", twoInvitees));

        refused.expectError(400, "BadRequest");
        assertThat(refused.errorMessage()).startsWith("participants: a peer-to-peer call takes exactly one invitee");
    }

    @Test
    void mute_answers_200_with_a_mute_operation_and_its_location() {
        String callId = createCall();
        String id = addParticipant(callId).text("/id");

        Response muted = post(participant(callId, id) + "/mute", json("{'clientContext': 'm-1'}")).expect(200);
        Response qualified = post(participant(callId, id) + "/microsoft.graph.mute", null).expect(200);

        assertThat(muted.text("/@odata.type")).isEqualTo("#microsoft.graph.muteParticipantOperation");
        assertThat(muted.text("/clientContext")).isEqualTo("m-1");
        assertThat(muted.location()).startsWith(base() + call(callId) + "/operations/");
        assertThat(get(muted.location()).expect(200).text("/@odata.type")).isEqualTo("#microsoft.graph.muteParticipantOperation");
        assertThat(qualified.text("/@odata.type")).isEqualTo("#microsoft.graph.muteParticipantOperation");
    }

    @Test
    void a_terminated_call_refuses_every_roster_change_with_409_and_stays_as_it_was() {
        String callId = createGroupCall();
        String id = addParticipant(callId).text("/id");
        String uri = participant(callId, id);
        delete(call(callId)).expect(204);

        refusedWithoutChange(uri, () -> patch(uri, json("{'isMuted': true}"))).expectError(409, "conflict");
        refusedWithoutChange(participants(callId), () -> post(participants(callId), body("participant.json"))).expectError(409, "conflict");
        refusedWithoutChange(participants(callId), () -> post(participants(callId) + "/invite", inviteBody(aUserId()))).expectError(409, "conflict");
        refusedWithoutChange(uri, () -> post(uri + "/mute", "{}")).expectError(409, "conflict");
        refusedWithoutChange(uri, () -> delete(uri)).expectError(409, "conflict");
    }

    @Test
    void unknown_participants_and_calls_are_not_found() {
        String callId = createCall();

        get(participant(callId, "nobody")).expectError(404, "itemNotFound");
        patch(participant(callId, "nobody"), json("{'isMuted': true}")).expectError(404, "itemNotFound");
        delete(participant(callId, "nobody")).expectError(404, "itemNotFound");
        post(participant(callId, "nobody") + "/mute", "{}").expectError(404, "itemNotFound");
        get(participants("no-such-call")).expectError(404, "itemNotFound");
        post(participants("no-such-call"), body("participant.json")).expectError(404, "itemNotFound");
        post(participants("no-such-call") + "/invite", inviteBody(aUserId())).expectError(404, "itemNotFound");
    }

    @Test
    void the_legacy_beta_roots_add_participants_to_the_same_call() {
        String callId = createCall();

        Response viaApp = post(BETA + "/app/calls/" + callId + "/participants", body("beta-participant.json")).expect(201);
        Response viaApplication = post(BETA + "/applications/" + OWN_APPLICATION + "/calls/" + callId + "/participants",
                body("beta-participant.json")).expect(201);

        assertThat(viaApp.location()).isEqualTo(base() + BETA + "/communications/calls/" + callId + "/participants/" + viaApp.text("/id"));
        assertThat(viaApp.text("/mediaStreams/0/mediaType")).isEqualTo("unknown");
        assertThat(viaApp.json().has("isTyping")).isFalse();
        assertThat(ids(List.of(get(BETA + "/app/calls/" + callId + "/participants").expect(200))))
                .contains(viaApp.text("/id"), viaApplication.text("/id"));
        get(participant(callId, viaApplication.text("/id"))).expect(200);
    }

    @Test
    void the_applications_root_refuses_another_application_with_403_and_adds_nobody() {
        String callId = createCall();
        String foreign = BETA + "/applications/11111111-2222-3333-4444-555555555555/calls/" + callId + "/participants";

        refusedWithoutChange(participants(callId), () -> post(foreign, body("beta-participant.json"))).expectError(403, "Forbidden");
    }

    @Test
    void concurrent_patches_without_if_match_all_apply() {
        String callId = createCall();
        String uri = participant(callId, addParticipant(callId).text("/id"));

        List<Response> patched = atOnce(8, i -> patch(uri, json("{'metadata': 'writer " + i + "'}")));

        assertThat(statuses(patched)).as("bodies %s", patched).containsOnly(200);
        assertThat(get(uri).expect(200).text("/metadata")).startsWith("writer ");
    }

    @Test
    void concurrent_patches_with_the_same_etag_let_one_win_and_refuse_the_others_with_412() {
        String callId = createCall();
        Response created = addParticipant(callId);
        String uri = participant(callId, created.text("/id"));
        String etag = created.text("/@odata.etag");

        List<Response> patched = atOnce(6, i -> patchIfMatch(uri, etag, json("{'metadata': 'writer " + i + "'}")));

        assertThat(statuses(patched)).as("bodies %s", patched).containsOnlyOnce(200).containsOnly(200, 412);
    }

    @Test
    void participants_added_at_once_all_join_with_distinct_roster_sequence_numbers() {
        String callId = createGroupCall();

        List<Response> added = atOnce(8, i -> post(participants(callId), body("participant.json")));

        assertThat(statuses(added)).as("bodies %s", added).containsOnly(201);
        List<Long> sequence = added.stream().map(r -> r.number("/rosterSequenceNumber")).toList();
        assertThat(sequence).doesNotHaveDuplicates();
        assertThat(ids(List.of(get(participants(callId))))).containsAll(added.stream().map(r -> r.text("/id")).toList());
    }

    @Test
    void text_outside_ascii_survives_the_database() {
        String callId = createCall();
        String text = "Zoë Ünal 李小龍 \uD83C\uDF99\uFE0F e\u0301 \\ \"quoted\"";
        String uri = participant(callId, addParticipant(callId).text("/id"));

        patch(uri, JSON.writeValueAsString(Map.of("metadata", text))).expect(200);

        assertThat(get(uri).expect(200).text("/metadata")).isEqualTo(text);
    }
}
