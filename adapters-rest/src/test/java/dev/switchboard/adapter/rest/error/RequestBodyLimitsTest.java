package dev.switchboard.adapter.rest.error;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.adapter.rest.RestTestSupport;

import org.junit.jupiter.api.Test;

/**
 * A body within the size limit can still be built to cost too much: nested too deeply, with a huge string, or with an
 * array of very many items. Each answers {@code 400} in the envelope, names the limit, and changes nothing.
 */
class RequestBodyLimitsTest extends RestTestSupport {

    @Test
    void objects_nested_deeper_than_32_levels_are_400() {
        String callId = createCall();
        String participantId = addParticipant(callId).text("/id");
        String participant = participants(callId) + "/" + participantId;
        String deep = "{\"metadata\": \"m\", \"x\": " + "{\"a\": ".repeat(32) + "1" + "}".repeat(32) + "}";
        String deepArrays = "{\"x\": " + "[".repeat(40) + "]".repeat(40) + "}";

        Response nested = unchanged(participant, () -> patch(participant, deep));
        Response nestedArrays = unchanged(participant, () -> patch(participant, deepArrays));

        assertThat(nested.status()).isEqualTo(400);
        assertThat(nested.errorMessage()).contains("nest at most 32 levels");
        assertThat(nestedArrays.status()).isEqualTo(400);
    }

    @Test
    void a_body_nested_32_levels_deep_is_read() {
        String callId = createCall();
        String participantId = addParticipant(callId).text("/id");
        String deepest = "{\"metadata\": \"m\", \"x\": " + "{\"a\": ".repeat(30) + "1" + "}".repeat(30) + "}";

        patch(participants(callId) + "/" + participantId, deepest).expect(200);
    }

    @Test
    void a_string_longer_than_65536_characters_is_400() {
        String callId = createCall();
        String participantId = addParticipant(callId).text("/id");
        String participant = participants(callId) + "/" + participantId;

        Response longString = unchanged(participant,
                () -> patch(participant, "{\"metadata\": \"" + "x".repeat(65_537) + "\"}"));
        Response longName = unchanged(participant, () -> patch(participant, "{\"" + "k".repeat(65_537) + "\": 1}"));

        assertThat(longString.status()).isEqualTo(400);
        assertThat(longString.errorCode()).isEqualTo("BadRequest");
        assertThat(longString.errorMessage()).contains("at most 65536 characters");
        assertThat(longName.status()).isEqualTo(400);
    }

    @Test
    void an_array_of_more_than_1000_items_is_400_naming_its_path() {
        String callId = createCall();
        String participantId = addParticipant(callId).text("/id");
        String participant = participants(callId) + "/" + participantId;
        String streams = "{\"mediaStreams\": [" + "{},".repeat(1000) + "{}]}";

        Response tooMany = unchanged(participant, () -> patch(participant, streams));

        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.errorMessage()).isEqualTo("mediaStreams: must hold at most 1000 items");
    }
}
