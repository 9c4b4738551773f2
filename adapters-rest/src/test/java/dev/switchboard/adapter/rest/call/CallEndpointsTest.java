package dev.switchboard.adapter.rest.call;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.adapter.rest.RestTestSupport;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

class CallEndpointsTest extends RestTestSupport {

    @Test
    void a_call_is_created_establishing_with_201_location_and_context() {
        Response created = post(CALLS, peerToPeerCall()).expect(201);

        String id = created.text("/id");
        assertThat(created.headers().getLocation()).hasToString("http://localhost:" + port + CALLS + "/" + id);
        assertThat(created.text("/@odata.context")).isEqualTo("http://localhost:" + port + "/v1.0/$metadata#communications/calls/$entity");
        assertThat(created.text("/@odata.type")).isEqualTo("#microsoft.graph.call");
        assertThat(created.text("/state")).isEqualTo("establishing");
        assertThat(created.text("/direction")).isEqualTo("outgoing");
        assertThat(created.text("/mediaConfig/@odata.type")).isEqualTo("#microsoft.graph.serviceHostedMediaConfig");
        assertThat(created.text("/targets/0/identity/user/displayName")).isEqualTo("Rosa Lind");
        assertThat(created.text("/myParticipantId")).isNotBlank();
        assertThat(created.text("/tenantId")).isEqualTo("00000000-0000-0000-0000-000000000001");
        assertThat(created.json().get("requestedModalities").get(0).asString()).isEqualTo("audio");
    }

    @Test
    void a_call_keeps_and_echoes_properties_it_does_not_know() {
        Response created = post(CALLS, peerToPeerCall().replace("\"subject\"", "\"myOwnTag\": {\"a\": [1, 2.5, true]}, \"subject\"")).expect(201);

        assertThat(created.json().get("myOwnTag").toString()).isEqualTo("{\"a\":[1,2.5,true]}");
        assertThat(get(CALLS + "/" + created.text("/id")).json().get("myOwnTag").toString()).isEqualTo("{\"a\":[1,2.5,true]}");
    }

    @Test
    void a_meeting_call_keeps_its_typed_media_and_meeting_info() {
        Response created = post(CALLS, groupCall()).expect(201);

        assertThat(created.text("/mediaConfig/@odata.type")).isEqualTo("#microsoft.graph.appHostedMediaConfig");
        assertThat(created.text("/mediaConfig/blob")).isEqualTo("<media config>");
        assertThat(created.text("/meetingInfo/@odata.type")).isEqualTo("#microsoft.graph.organizerMeetingInfo");
        assertThat(created.text("/meetingInfo/organizer/user/displayName")).isEqualTo("Ola Berg");
        assertThat(created.text("/chatInfo/threadId")).isEqualTo("19:meeting_abc@thread.v2");
    }

    @Test
    void a_call_without_its_required_parts_is_refused_naming_each() {
        Response refused = unchanged(CALLS, () -> post(CALLS, json("{'subject': 'nothing else', 'requestedModalities': ['audio', 'smell']}")));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorMessage()).isEqualTo("requestedModalities[1]: 'smell' is not one of audio, video, "
                + "videoBasedScreenSharing, data, unknownFutureValue, unknown; callbackUri: is required; "
                + "mediaConfig: is required; targets: is required unless chatInfo and meetingInfo name a meeting to join");
        assertThat(post(CALLS, json("{'subject': 'nothing else'}")).expect(400).errorMessage()).contains(
                "callbackUri: is required", "mediaConfig: is required", "targets: is required unless chatInfo and meetingInfo");
    }

    @Test
    void an_unknown_media_config_type_is_refused() {
        Response refused = unchanged(CALLS, () -> post(CALLS, peerToPeerCall().replace("#microsoft.graph.serviceHostedMediaConfig", "#microsoft.graph.fancyMediaConfig")));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorMessage()).startsWith("mediaConfig.@odata.type: '#microsoft.graph.fancyMediaConfig' is not microsoft.graph.mediaConfig");
    }

    @Test
    void a_call_is_read_with_select() {
        String id = createCall();

        Response read = get(CALLS + "/" + id + "?$select=state,subject").expect(200);

        assertThat(read.json().propertyNames()).containsExactly("@odata.context", "@odata.type", "state", "subject");
        assertThat(read.text("/@odata.context")).endsWith("#communications/calls(state,subject)/$entity");
    }

    @Test
    void calls_are_listed_in_pages() {
        createCall();
        createCall();

        Response first = send(HttpMethod.GET, CALLS, null, h -> h.add("Prefer", "odata.maxpagesize=1")).expect(200);

        assertThat(first.json().get("value")).hasSize(1);
        assertThat(first.text("/@odata.context")).endsWith("/v1.0/$metadata#communications/calls");
        assertThat(first.text("/@odata.nextLink")).contains("$skiptoken=");
        Response second = send(HttpMethod.GET, first.text("/@odata.nextLink"), null, h -> h.add("Prefer", "odata.maxpagesize=1")).expect(200);
        assertThat(second.text("/value/0/id")).isNotEqualTo(first.text("/value/0/id"));
    }

    @Test
    void hanging_up_answers_204_and_the_call_then_reads_terminated_with_numeric_result_codes() {
        String id = createCall();

        delete(CALLS + "/" + id).expect(204);

        Response read = get(CALLS + "/" + id).expect(200);
        assertThat(read.text("/state")).isEqualTo("terminated");
        assertThat(read.json().at("/resultInfo/code").isInt()).isTrue();
        assertThat(read.json().at("/resultInfo/code").intValue()).isEqualTo(200);
        assertThat(read.json().at("/resultInfo/subcode").intValue()).isEqualTo(7000);
        assertThat(read.text("/resultInfo/@odata.type")).isEqualTo("#microsoft.graph.resultInfo");
        assertThat(unchanged(CALLS + "/" + id, () -> delete(CALLS + "/" + id)).status()).isEqualTo(409);
    }

    @Test
    void keep_alive_answers_200_under_both_names_and_refuses_a_terminated_call() {
        String id = createCall();

        Response kept = post(CALLS + "/" + id + "/keepAlive", null).expect(200);
        post(CALLS + "/" + id + "/microsoft.graph.keepAlive", "{}").expect(200);
        delete(CALLS + "/" + id).expect(204);

        assertThat(kept.raw()).isEmpty();
        assertThat(post(CALLS + "/" + id + "/keepAlive", null).expect(409).errorCode()).isEqualTo("conflict");
        assertThat(post(CALLS + "/nope/keepAlive", null).expect(404).errorCode()).isEqualTo("itemNotFound");
    }

    @Test
    void an_unknown_call_is_not_found() {
        assertThat(get(CALLS + "/nope").expect(404).errorMessage()).isEqualTo("call nope was not found.");
        delete(CALLS + "/nope").expect(404);
        assertThat(get(CALLS + "/" + "x".repeat(300)).expect(404).errorCode()).isEqualTo("itemNotFound");
    }

    @Test
    void both_api_roots_serve_the_same_calls() {
        String id = createCall();

        Response beta = get(BETA + "/communications/calls/" + id).expect(200);

        assertThat(beta.text("/@odata.context")).isEqualTo("http://localhost:" + port + "/beta/$metadata#communications/calls/$entity");
        assertThat(beta.text("/id")).isEqualTo(id);
    }
}
