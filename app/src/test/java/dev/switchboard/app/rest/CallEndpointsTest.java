package dev.switchboard.app.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import tools.jackson.databind.node.ObjectNode;

/** {@code /communications/calls}: create, read, list, hang up and keep alive, over JDBC on H2. */
class CallEndpointsTest extends RestClientSupport {

    @Test
    void a_call_is_created_establishing_with_201_an_absolute_location_and_its_context() {
        Response created = post(CALLS, body("peer-to-peer-call.json")).expect(201);

        String id = created.text("/id");
        assertThat(created.location()).isEqualTo(base() + call(id));
        assertThat(created.headers().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
        assertThat(created.headers().getFirst("request-id")).isNotBlank();
        assertThat(created.text("/@odata.context")).isEqualTo(base() + "/v1.0/$metadata#communications/calls/$entity");
        assertThat(created.text("/@odata.type")).isEqualTo("#microsoft.graph.call");
        assertThat(created.text("/state")).isEqualTo("establishing");
        assertThat(created.text("/tenantId")).isEqualTo(TENANT);
        assertThat(created.text("/callChainId")).isNotBlank();
        assertThat(created.text("/myParticipantId")).isNotBlank();
        assertThat(created.text("/mediaConfig/@odata.type")).isEqualTo("#microsoft.graph.serviceHostedMediaConfig");
    }

    @Test
    void a_created_call_reads_back_as_stored() {
        Response created = post(CALLS, body("group-call.json")).expect(201);
        String id = created.text("/id");

        Response read = get(call(id)).expect(200);

        assertThat(read.text("/id")).isEqualTo(id);
        assertThat(read.text("/state")).isEqualTo("establishing");
        assertThat(read.text("/meetingInfo/@odata.type")).isEqualTo("#microsoft.graph.organizerMeetingInfo");
        assertThat(read.text("/meetingInfo/organizer/user/displayName")).isEqualTo("Ola Berg");
        assertThat(read.text("/mediaConfig/blob")).isEqualTo("<media config>");
        assertThat(read.text("/chatInfo/threadId")).isEqualTo("19:meeting_abc@thread.v2");
        assertThat(read.json().get("requestedModalities").toString()).isEqualTo("[\"audio\",\"video\"]");
        assertThat(withoutContext(read)).isEqualTo(withoutContext(created));
    }

    @Test
    void a_call_is_read_with_select() {
        String id = createCall();

        Response read = get(call(id) + "?$select=state,subject").expect(200);

        assertThat(read.json().propertyNames()).containsExactly("@odata.context", "@odata.type", "state", "subject");
        assertThat(read.text("/subject")).isEqualTo("An end-to-end call");
    }

    @Test
    void calls_are_listed_in_pages_linked_by_an_absolute_next_link_with_a_skiptoken() {
        String first = createCall();
        String second = createCall();

        List<Response> pages = allPages(CALLS, 1);

        Response page = pages.get(0);
        assertThat(page.text("/@odata.context")).isEqualTo(base() + "/v1.0/$metadata#communications/calls");
        assertThat(page.json().get("value")).hasSize(1);
        assertThat(page.text("/@odata.nextLink")).startsWith(base() + CALLS + "?$skiptoken=");
        assertThat(pages.get(pages.size() - 1).json().has("@odata.nextLink")).isFalse();
        assertThat(ids(pages)).contains(first, second).doesNotHaveDuplicates();
    }

    @Test
    void hanging_up_answers_204_after_which_the_call_reads_terminated_and_its_record_exists() {
        String id = createGroupCall();
        addParticipant(id);
        String chainId = get(call(id)).expect(200).text("/callChainId");

        Response hungUp = delete(call(id));

        hungUp.expect(204);
        assertThat(hungUp.raw()).isEmpty();
        Response read = get(call(id)).expect(200);
        assertThat(read.text("/state")).isEqualTo("terminated");
        assertThat(read.number("/resultInfo/code")).isEqualTo(200);
        Response record = get(RECORDS + "/" + chainId + "?$expand=sessions($expand=segments)").expect(200);
        assertThat(record.text("/id")).isEqualTo(chainId);
        assertThat(record.text("/type")).isEqualTo("groupCall");
        assertThat(record.json().get("sessions")).hasSize(2);
    }

    @Test
    void a_terminated_call_cannot_be_hung_up_again_or_kept_alive() {
        String id = createCall();
        delete(call(id)).expect(204);

        refusedWithoutChange(call(id), () -> delete(call(id))).expectError(409, "conflict");
        refusedWithoutChange(call(id), () -> post(call(id) + "/keepAlive", null)).expectError(409, "conflict");
    }

    @Test
    void keep_alive_answers_200_with_no_body_under_both_spellings() {
        String id = createCall();

        Response kept = post(call(id) + "/keepAlive", null).expect(200);
        Response qualified = post(call(id) + "/microsoft.graph.keepAlive", "{}").expect(200);

        assertThat(kept.raw()).isEmpty();
        assertThat(qualified.raw()).isEmpty();
        assertThat(get(call(id)).text("/state")).isEqualTo("establishing");
    }

    @Test
    void an_unknown_call_is_not_found_for_every_method() {
        get(call("no-such-call")).expectError(404, "itemNotFound");
        delete(call("no-such-call")).expectError(404, "itemNotFound");
        post(call("no-such-call") + "/keepAlive", null).expectError(404, "itemNotFound");
        assertThat(get(call("no-such-call")).errorMessage()).isEqualTo("call no-such-call was not found.");
    }

    @Test
    void a_call_missing_its_required_parts_or_with_a_non_member_modality_is_refused_and_nothing_is_stored() {
        int before = ids(allPages(CALLS, 1000)).size();

        Response missingParts = post(CALLS, json("{'subject': 'nothing else'}"));
        Response nonMember = post(CALLS, body("peer-to-peer-call.json").replace("[\"audio\"]", "[\"audio\", \"smell\"]"));

        missingParts.expectError(400, "BadRequest");
        assertThat(missingParts.errorMessage()).contains("callbackUri: is required", "mediaConfig: is required",
                "targets: is required unless chatInfo and meetingInfo");
        nonMember.expectError(400, "BadRequest");
        assertThat(nonMember.errorMessage()).isEqualTo("requestedModalities[1]: 'smell' is not one of audio, video, "
                + "videoBasedScreenSharing, data, unknownFutureValue, unknown");
        assertThat(ids(allPages(CALLS, 1000))).hasSize(before);
    }

    @Test
    void every_offending_path_is_named_in_one_message() {
        Response refused = post(CALLS, json("{'subject': 'nothing else', 'requestedModalities': ['audio', 'smell']}"));

        refused.expectError(400, "BadRequest");
        assertThat(refused.errorMessage()).contains("requestedModalities[1]: 'smell'", "callbackUri: is required",
                "mediaConfig: is required");
    }

    @Test
    void the_beta_root_serves_the_same_call_with_its_own_context() {
        String id = createCall();

        Response beta = get(BETA + "/communications/calls/" + id).expect(200);

        assertThat(beta.text("/id")).isEqualTo(id);
        assertThat(beta.text("/@odata.context")).isEqualTo(base() + "/beta/$metadata#communications/calls/$entity");
        assertThat(get(BETA + "/app/calls/" + id).expect(200).text("/id")).isEqualTo(id);
    }

    @Test
    void a_peer_to_peer_call_leaves_a_peer_to_peer_record_and_becomes_a_group_call_with_a_third_party() {
        String twoParties = createCall();
        String threeParties = createCall();
        addParticipant(threeParties);
        String twoChain = get(call(twoParties)).text("/callChainId");
        String threeChain = get(call(threeParties)).text("/callChainId");

        delete(call(twoParties)).expect(204);
        delete(call(threeParties)).expect(204);

        assertThat(get(RECORDS + "/" + twoChain).expect(200).text("/type")).isEqualTo("peerToPeer");
        assertThat(get(RECORDS + "/" + threeChain).expect(200).text("/type")).isEqualTo("groupCall");
    }

    @Test
    void hanging_up_twice_at_once_ends_the_call_once_and_leaves_one_record() {
        String id = createCall();
        String chainId = get(call(id)).text("/callChainId");

        List<Response> hungUp = atOnce(2, i -> delete(call(id)));

        assertThat(statuses(hungUp)).as("bodies %s", hungUp).containsExactlyInAnyOrder(204, 409);
        assertThat(get(call(id)).expect(200).text("/state")).isEqualTo("terminated");
        get(RECORDS + "/" + chainId).expect(200);
    }

    private static ObjectNode withoutContext(Response response) {
        ObjectNode body = object(response.raw());
        body.remove("@odata.context");
        return body;
    }
}
