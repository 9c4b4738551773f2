package dev.switchboard.adapter.graphql.participant;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.adapter.graphql.GraphQlTestSupport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;

/** A call's roster through GraphQL: add, read, list, update with PATCH semantics, remove, invite, mute. */
class ParticipantGraphQlTest extends GraphQlTestSupport {

    @Test
    void an_added_participant_joins_the_roster_as_the_seed_describes_it() {
        String call = createCall();

        GraphQlTester.Response response = mutate("addParticipant", newParticipant(call));

        response.errors().verify();
        String id = response.path("addParticipant.participant.id").entity(String.class).get();
        response.path("addParticipant.participant.callId").entity(String.class).isEqualTo(call);
        response.path("addParticipant.participant.etag").entity(String.class).satisfies(etag ->
                assertThat(etag).matches("\"\\d+\""));
        response.path("addParticipant.participant.info.identity.application.displayName").entity(String.class)
                .isEqualTo("Display Name value");
        response.path("addParticipant.participant.info.identity.application.kind").entity(String.class)
                .isEqualTo("identity");
        response.path("addParticipant.participant.info.endpointType").entity(String.class).isEqualTo("default");
        response.path("addParticipant.participant.info.participantId").entity(String.class).isEqualTo(id);
        response.path("addParticipant.participant.isMuted").entity(Boolean.class).isEqualTo(true);
        response.path("addParticipant.participant.isInLobby").entity(Boolean.class).isEqualTo(true);
        response.path("addParticipant.participant.mediaStreams[0].direction").entity(String.class).isEqualTo("sendReceive");
        response.path("addParticipant.participant.recordingInfo.recordingStatus").entity(String.class)
                .isEqualTo("notRecording");
        response.path("addParticipant.participant.removedState").valueIsNull();
        response.path("addParticipant.participant.rosterSequenceNumber").hasValue();
    }

    @Test
    void a_participant_reads_back_as_it_was_added() {
        String call = createCall();
        String id = addParticipant(call);

        GraphQlTester.Response response = run("participant", Map.of("callId", call, "id", id));

        response.errors().verify();
        response.path("participant.id").entity(String.class).isEqualTo(id);
        response.path("participant.metadata").entity(String.class).isEqualTo("Metadata value");
        response.path("participant.info.languageId").entity(String.class).isEqualTo("en-US");
    }

    @Test
    void an_unknown_participant_is_not_found() {
        String call = createCall();

        refused(run("participant", Map.of("callId", call, "id", "no-such-participant")), "NOT_FOUND", "itemNotFound");
    }

    @Test
    void the_roster_is_listed_in_pages_of_at_most_first_participants() {
        String call = createGroupCall();
        List<String> added = List.of(addParticipant(call), addParticipant(call), addParticipant(call));

        List<String> seen = new ArrayList<>();
        String after = null;
        boolean hasNextPage = true;
        while (hasNextPage) {
            Map<String, Object> variables = new HashMap<>();
            variables.put("callId", call);
            variables.put("first", 2);
            variables.put("after", after);
            GraphQlTester.Response page = run("participants", variables);
            page.errors().verify();
            List<String> ids = page.path("participants.edges[*].node.id").entityList(String.class).get();
            assertThat(ids).hasSizeBetween(1, 2);
            seen.addAll(ids);
            hasNextPage = page.path("participants.pageInfo.hasNextPage").entity(Boolean.class).get();
            after = page.path("participants.pageInfo.endCursor").entity(String.class).get();
        }

        assertThat(seen).doesNotHaveDuplicates().containsAll(added);
    }

    @Test
    void listing_the_roster_of_an_unknown_call_is_not_found_and_a_page_over_100_is_refused() {
        refused(run("participants", Map.of("callId", "no-such-call")), "NOT_FOUND", "itemNotFound");

        ResponseError tooLarge = refused(run("participants", Map.of("callId", createCall(), "first", 101)),
                "BAD_REQUEST", "BadRequest");
        assertThat(fieldPaths(tooLarge)).containsExactly("first");
    }

    @Test
    void an_update_changes_only_the_fields_it_sends() {
        String call = createCall();
        String id = addParticipant(call);

        GraphQlTester.Response response = mutate("updateParticipant",
                "{'callId': '" + call + "', 'id': '" + id + "', 'isMuted': false}");

        response.errors().verify();
        response.path("updateParticipant.participant.isMuted").entity(Boolean.class).isEqualTo(false);
        response.path("updateParticipant.participant.isInLobby").entity(Boolean.class).isEqualTo(true);
        response.path("updateParticipant.participant.metadata").entity(String.class).isEqualTo("Metadata value");
    }

    @Test
    void an_explicit_null_clears_the_metadata_while_omitted_fields_stay() {
        String call = createCall();
        String id = addParticipant(call);

        GraphQlTester.Response response = mutate("updateParticipant",
                "{'callId': '" + call + "', 'id': '" + id + "', 'metadata': null}");

        response.errors().verify();
        response.path("updateParticipant.participant.metadata").valueIsNull();
        response.path("updateParticipant.participant.isMuted").entity(Boolean.class).isEqualTo(true);
    }

    @Test
    void a_null_for_a_flag_that_is_never_empty_is_refused() {
        String call = createCall();
        String id = addParticipant(call);

        ResponseError error = refused(mutate("updateParticipant",
                "{'callId': '" + call + "', 'id': '" + id + "', 'isMuted': null, 'isInLobby': null}"),
                "BAD_REQUEST", "BadRequest");

        assertThat(fieldPaths(error)).containsExactlyInAnyOrder("input.isMuted", "input.isInLobby");
    }

    @Test
    void a_read_only_change_is_refused_naming_every_such_property_and_nothing_changes() {
        String call = createCall();
        String id = addParticipant(call);
        Map<String, Object> read = Map.of("callId", call, "id", id);
        String before = run("participant", read).path("participant").entity(Map.class).get().toString();

        ResponseError error = refused(mutate("updateParticipant", """
                {'callId': '%s', 'id': '%s', 'isMuted': false, 'rosterSequenceNumber': 999999,
                 'info': {'identity': {'user': {'id': 'someone-else'}}},
                 'removedState': {'reason': 'made up'}}
                """.formatted(call, id)), "BAD_REQUEST", "BadRequest");

        assertThat(fieldPaths(error)).containsExactlyInAnyOrder("input.rosterSequenceNumber", "input.info",
                "input.removedState");
        assertThat(run("participant", read).path("participant").entity(Map.class).get().toString()).isEqualTo(before);
    }

    @Test
    void resending_read_only_values_unchanged_is_accepted() {
        String call = createCall();
        GraphQlTester.Response added = mutate("addParticipant", newParticipant(call));
        String id = added.path("addParticipant.participant.id").entity(String.class).get();
        Long roster = added.path("addParticipant.participant.rosterSequenceNumber").entity(Long.class).get();

        mutate("updateParticipant", "{'callId': '%s', 'id': '%s', 'rosterSequenceNumber': %d, 'removedState': null}"
                .formatted(call, id, roster)).errors().verify();
    }

    @Test
    void of_a_media_stream_only_server_muted_may_change() {
        String call = createCall();
        String id = addParticipant(call);

        mutate("updateParticipant", """
                {'callId': '%s', 'id': '%s', 'mediaStreams': [{'mediaType': 'audio', 'label': 'Label value',
                  'sourceId': '1', 'direction': 'sendReceive', 'serverMuted': false}]}
                """.formatted(call, id))
                .path("updateParticipant.participant.mediaStreams[0].serverMuted").entity(Boolean.class).isEqualTo(false);

        ResponseError error = refused(mutate("updateParticipant", """
                {'callId': '%s', 'id': '%s', 'mediaStreams': [{'mediaType': 'video', 'label': 'Label value',
                  'sourceId': '1', 'direction': 'sendReceive', 'serverMuted': false}]}
                """.formatted(call, id)), "BAD_REQUEST", "BadRequest");
        assertThat(fieldPaths(error)).containsExactly("input.mediaStreams[0]");
    }

    @Test
    void an_if_match_that_no_longer_names_the_stored_version_fails_the_precondition_and_nothing_changes() {
        String call = createCall();
        GraphQlTester.Response added = mutate("addParticipant", newParticipant(call));
        String id = added.path("addParticipant.participant.id").entity(String.class).get();
        String etag = added.path("addParticipant.participant.etag").entity(String.class).get();
        mutate("updateParticipant", "{'callId': '%s', 'id': '%s', 'metadata': 'first'}".formatted(call, id))
                .errors().verify();

        Map<String, Object> input = object("{'callId': '%s', 'id': '%s', 'metadata': 'second'}".formatted(call, id));
        input.put("ifMatch", etag);
        refused(run("updateParticipant", Map.of("input", input)), "PRECONDITION_FAILED", "preconditionFailed");

        run("participant", Map.of("callId", call, "id", id)).path("participant.metadata").entity(String.class)
                .isEqualTo("first");
    }

    @Test
    void an_if_match_of_the_current_etag_or_a_star_lets_the_update_through() {
        String call = createCall();
        GraphQlTester.Response added = mutate("addParticipant", newParticipant(call));
        String id = added.path("addParticipant.participant.id").entity(String.class).get();
        String etag = added.path("addParticipant.participant.etag").entity(String.class).get();

        Map<String, Object> current = object("{'callId': '%s', 'id': '%s', 'metadata': 'tagged'}".formatted(call, id));
        current.put("ifMatch", etag);
        GraphQlTester.Response updated = run("updateParticipant", Map.of("input", current));
        updated.errors().verify();
        updated.path("updateParticipant.participant.etag").entity(String.class).isNotEqualTo(etag);

        mutate("updateParticipant", "{'callId': '%s', 'id': '%s', 'ifMatch': '*', 'metadata': 'any'}"
                .formatted(call, id)).errors().verify();
    }

    @Test
    void a_removed_participant_leaves_the_roster() {
        String call = createCall();
        String id = addParticipant(call);

        GraphQlTester.Response response = mutate("removeParticipant", "{'callId': '%s', 'id': '%s'}".formatted(call, id));

        response.errors().verify();
        response.path("removeParticipant.participant.id").entity(String.class).isEqualTo(id);
        response.path("removeParticipant.participant.removedState").hasValue();
        refused(run("participant", Map.of("callId", call, "id", id)), "NOT_FOUND", "itemNotFound");
    }

    @Test
    void a_terminated_call_refuses_new_participants_and_invitations_with_a_conflict() {
        String call = createGroupCall();
        mutate("hangUpCall", "{'callId': '" + call + "'}").errors().verify();

        refused(mutate("addParticipant", newParticipant(call)), "CONFLICT", "conflict");
        refused(mutate("inviteParticipants", """
                {'callId': '%s', 'participants': [{'identity': {'user': {'id': 'bob'}}}]}
                """.formatted(call)), "CONFLICT", "conflict");
    }

    @Test
    void an_invitation_answers_with_a_running_operation_that_names_the_invitees() {
        String call = createGroupCall();

        GraphQlTester.Response response = mutate("inviteParticipants", """
                {'callId': '%s', 'clientContext': 'ctx-1', 'participants': [
                  {'identity': {'user': {'kind': 'communicationsUserIdentity', 'id': 'bob', 'displayName': 'Bob',
                    'tenantId': 'tenant-b'}}},
                  {'identity': {'phone': {'kind': 'communicationsPhoneIdentity', 'id': '+4712345678'}},
                   'hidden': true}]}
                """.formatted(call));

        response.errors().verify();
        response.path("inviteParticipants.operation.callId").entity(String.class).isEqualTo(call);
        response.path("inviteParticipants.operation.status").entity(String.class).isEqualTo("Running");
        response.path("inviteParticipants.operation.clientContext").entity(String.class).isEqualTo("ctx-1");
        response.path("inviteParticipants.operation.participants[0].identity.user.kind").entity(String.class)
                .isEqualTo("communicationsUserIdentity");
        response.path("inviteParticipants.operation.participants[0].identity.user.tenantId").entity(String.class)
                .isEqualTo("tenant-b");
        response.path("inviteParticipants.operation.participants[1].identity.kind").entity(String.class)
                .isEqualTo("communicationsIdentitySet");
        response.path("inviteParticipants.operation.participants[1].identity.phone.id").entity(String.class)
                .isEqualTo("+4712345678");
        response.path("inviteParticipants.operation.participants[1].hidden").entity(Boolean.class).isEqualTo(true);
    }

    @Test
    void a_peer_to_peer_call_takes_one_invitee_per_invitation() {
        String call = createCall();

        ResponseError error = refused(mutate("inviteParticipants", """
                {'callId': '%s', 'participants': [{'identity': {'user': {'id': 'bob'}}},
                                                  {'identity': {'user': {'id': 'eve'}}}]}
                """.formatted(call)), "BAD_REQUEST", "BadRequest");

        assertThat(fieldPaths(error)).containsExactly("input.participants");
    }

    @Test
    void a_client_context_over_256_characters_is_refused() {
        String call = createGroupCall();

        ResponseError error = refused(mutate("inviteParticipants", """
                {'callId': '%s', 'clientContext': '%s', 'participants': [{'identity': {'user': {'id': 'bob'}}}]}
                """.formatted(call, "x".repeat(257))), "BAD_REQUEST", "BadRequest");

        assertThat(fieldPaths(error)).containsExactly("input.clientContext");
    }

    @Test
    void muting_answers_with_a_mute_operation() {
        String call = createCall();
        String id = addParticipant(call);

        GraphQlTester.Response response = mutate("muteParticipant",
                "{'callId': '%s', 'id': '%s', 'clientContext': 'mute-1'}".formatted(call, id));

        response.errors().verify();
        response.path("muteParticipant.operation.status").entity(String.class).isEqualTo("Running");
        response.path("muteParticipant.operation.clientContext").entity(String.class).isEqualTo("mute-1");
        String operation = response.path("muteParticipant.operation.id").entity(String.class).get();
        run("operation", Map.of("callId", call, "id", operation)).path("operation.__typename").entity(String.class)
                .isEqualTo("MuteParticipantOperation");
    }
}
