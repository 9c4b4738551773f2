package dev.switchboard.adapter.graphql.call;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.adapter.graphql.GraphQlTestSupport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;

/** Calls through GraphQL: placed, read, listed page by page, hung up; and the ways a request is refused. */
class CallGraphQlTest extends GraphQlTestSupport {

    @Test
    void a_placed_call_is_establishing_outgoing_and_echoes_what_the_client_asked_for() {
        GraphQlTester.Response response = mutate("createCall", PEER_TO_PEER_CALL);

        response.errors().verify();
        response.path("createCall.call.state").entity(String.class).isEqualTo("establishing");
        response.path("createCall.call.direction").entity(String.class).isEqualTo("outgoing");
        response.path("createCall.call.subject").entity(String.class).isEqualTo("A test call");
        response.path("createCall.call.targets[0].identity.kind").entity(String.class).isEqualTo("identitySet");
        response.path("createCall.call.targets[0].identity.user.kind").entity(String.class).isEqualTo("identity");
        response.path("createCall.call.targets[0].identity.user.displayName").entity(String.class).isEqualTo("Rosa Lind");
        response.path("createCall.call.requestedModalities").entityList(String.class).containsExactly("audio");
        response.path("createCall.call.mediaConfig.kind").entity(String.class).isEqualTo("serviceHostedMediaConfig");
        response.path("createCall.call.mediaState.audio").entity(String.class).isEqualTo("active");
        response.path("createCall.call.tenantId").entity(String.class).isEqualTo(TENANT.value());
        response.path("createCall.call.myParticipantId").hasValue();
        response.path("createCall.call.resultInfo").valueIsNull();
    }

    @Test
    void a_group_call_keeps_its_meeting_and_its_app_hosted_media() {
        GraphQlTester.Response response = mutate("createCall", GROUP_CALL);

        response.errors().verify();
        response.path("createCall.call.mediaConfig.kind").entity(String.class).isEqualTo("appHostedMediaConfig");
        response.path("createCall.call.mediaConfig.blob").entity(String.class).isEqualTo("<media config>");
        response.path("createCall.call.chatInfo.threadId").entity(String.class).isEqualTo("19:meeting_abc@thread.v2");
        response.path("createCall.call.meetingInfo.kind").entity(String.class).isEqualTo("organizerMeetingInfo");
        response.path("createCall.call.meetingInfo.organizer.user.displayName").entity(String.class).isEqualTo("Ola Berg");
    }

    @Test
    void a_call_reads_back_as_it_was_placed() {
        String id = createCall();

        GraphQlTester.Response response = run("call", Map.of("id", id));

        response.errors().verify();
        response.path("call.id").entity(String.class).isEqualTo(id);
        response.path("call.state").entity(String.class).isEqualTo("establishing");
        response.path("call.callbackUri").entity(String.class).isEqualTo("https://bot.example.test/callback");
        response.path("call.targets[0].identity.user.id").entity(String.class)
                .isEqualTo("3b9f5d2e-0000-4c1a-9e3b-111122223333");
    }

    @Test
    void an_unknown_call_is_not_found_with_the_code_the_rest_api_uses() {
        GraphQlTester.Response response = run("call", Map.of("id", "no-such-call"));

        ResponseError error = refused(response, "NOT_FOUND", "itemNotFound");
        assertThat(error.getExtensions()).containsEntry("resource", "call").containsEntry("id", "no-such-call");
        assertThat(error.getPath()).isEqualTo("call");
        response.path("call").valueIsNull();
    }

    @Test
    void an_empty_id_is_refused_naming_it() {
        ResponseError error = refused(run("call", Map.of("id", " ")), "BAD_REQUEST", "BadRequest");

        assertThat(fieldPaths(error)).containsExactly("id");
    }

    @Test
    void a_page_size_that_is_not_a_number_is_a_validation_error() {
        refused(run("calls", Map.of("first", "ten")), "ValidationError", "BadRequest");
    }

    @Test
    void calls_are_listed_in_pages_whose_end_cursor_leads_to_the_next_page() {
        List<String> created = List.of(createCall(), createCall(), createCall());

        List<String> seen = new ArrayList<>();
        String after = null;
        boolean hasNextPage = true;
        while (hasNextPage) {
            Map<String, Object> variables = new HashMap<>();
            variables.put("first", 2);
            variables.put("after", after);
            GraphQlTester.Response page = run("calls", variables);
            page.errors().verify();
            List<String> ids = page.path("calls.edges[*].node.id").entityList(String.class).get();
            List<String> cursors = page.path("calls.edges[*].cursor").entityList(String.class).get();
            hasNextPage = page.path("calls.pageInfo.hasNextPage").entity(Boolean.class).get();
            page.path("calls.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(false);
            page.path("calls.pageInfo.startCursor").entity(String.class).isEqualTo(cursors.get(0));
            page.path("calls.pageInfo.endCursor").entity(String.class).isEqualTo(cursors.get(cursors.size() - 1));
            assertThat(ids).as("a page holds at most first items").hasSizeBetween(1, 2);
            if (hasNextPage) {
                assertThat(ids).as("a page with a next one is full").hasSize(2);
            }
            seen.addAll(ids);
            after = cursors.get(cursors.size() - 1);
        }

        assertThat(seen).doesNotHaveDuplicates().containsAll(created);
        assertThat(seen).as("calls are ordered by id").isSorted();
    }

    @Test
    void a_page_larger_than_the_list_serves_is_refused_naming_first() {
        Map<String, Object> variables = Map.of("first", 101);

        ResponseError error = refused(run("calls", variables), "BAD_REQUEST", "BadRequest");

        assertThat(fieldPaths(error)).containsExactly("first");
        assertThat(error.getMessage()).contains("at most 100");
    }

    @Test
    void a_cursor_the_list_never_issued_is_refused_naming_after() {
        ResponseError error = refused(run("calls", Map.of("after", "bm90IGEgY3Vyc29y")), "BAD_REQUEST", "BadRequest");

        assertThat(fieldPaths(error)).containsExactly("after");
    }

    @Test
    void a_call_with_a_bad_callback_and_nobody_to_call_is_refused_naming_every_problem_and_is_not_placed() {
        int before = storedCalls();

        ResponseError error = refused(mutate("createCall", """
                {'callbackUri': 'ftp://bot.example.test/callback',
                 'mediaConfig': {'kind': 'serviceHostedMediaConfig'}}
                """), "BAD_REQUEST", "BadRequest");

        assertThat(fieldPaths(error)).containsExactlyInAnyOrder("input.callbackUri", "input.targets");
        assertThat(storedCalls()).isEqualTo(before);
    }

    @Test
    void a_property_of_another_kind_of_media_config_is_refused() {
        ResponseError error = refused(mutate("createCall", """
                {'callbackUri': 'https://bot.example.test/callback',
                 'targets': [{'identity': {'user': {'id': 'rosa', 'tenantId': 't-1'}}}],
                 'mediaConfig': {'kind': 'serviceHostedMediaConfig', 'blob': 'not mine'}}
                """), "BAD_REQUEST", "BadRequest");

        assertThat(fieldPaths(error)).containsExactlyInAnyOrder("input.mediaConfig.blob",
                "input.targets[0].identity.user.tenantId");
    }

    @Test
    void a_modality_outside_the_enum_is_a_validation_error_and_never_an_internal_one() {
        GraphQlTester.Response response = graphQl.documentName("createCallWithBadModality").execute();

        ResponseError error = refused(response, "ValidationError", "BadRequest");
        assertThat(error.getMessage()).contains("Modality");
    }

    @Test
    void a_modality_outside_the_enum_in_variables_is_a_validation_error_too() {
        GraphQlTester.Response response = mutate("createCall", PEER_TO_PEER_CALL.replace("['audio']", "['String']"));

        ResponseError error = refused(response, "ValidationError", "BadRequest");
        assertThat(error.getMessage()).contains("String");
    }

    @Test
    void hanging_up_terminates_the_call_and_a_terminated_call_refuses_a_second_hang_up() {
        String id = createCall();

        GraphQlTester.Response response = mutate("hangUpCall", "{'callId': '" + id + "'}");
        response.errors().verify();
        response.path("hangUpCall.call.state").entity(String.class).isEqualTo("terminated");
        response.path("hangUpCall.call.mediaState.audio").entity(String.class).isEqualTo("inactive");
        response.path("hangUpCall.call.resultInfo.code").entity(Integer.class).isEqualTo(200);
        run("call", Map.of("id", id)).path("call.state").entity(String.class).isEqualTo("terminated");

        refused(mutate("hangUpCall", "{'callId': '" + id + "'}"), "CONFLICT", "conflict");
    }

    @Test
    void hanging_up_an_unknown_call_is_not_found() {
        refused(mutate("hangUpCall", "{'callId': 'no-such-call'}"), "NOT_FOUND", "itemNotFound");
    }
}
