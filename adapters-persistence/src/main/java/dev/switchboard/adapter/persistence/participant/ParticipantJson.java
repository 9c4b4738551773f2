package dev.switchboard.adapter.persistence.participant;

import static dev.switchboard.adapter.persistence.support.Json.bool;
import static dev.switchboard.adapter.persistence.support.Json.graphEnum;
import static dev.switchboard.adapter.persistence.support.Json.nested;
import static dev.switchboard.adapter.persistence.support.Json.put;
import static dev.switchboard.adapter.persistence.support.Json.text;

import dev.switchboard.adapter.persistence.support.Json;
import dev.switchboard.adapter.persistence.support.ValueJson;
import dev.switchboard.domain.participant.MediaDirection;
import dev.switchboard.domain.participant.MediaStream;
import dev.switchboard.domain.participant.Modality;
import dev.switchboard.domain.participant.ParticipantInfo;
import dev.switchboard.domain.participant.RecordingInfo;
import dev.switchboard.domain.participant.RecordingStatus;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;

/** The JSON columns of a participant; MapStruct picks these methods by their types. */
final class ParticipantJson {

    private ParticipantJson() {
    }

    static String info(ParticipantInfo info) {
        return Json.encode(info, ValueJson::participantInfo);
    }

    static ParticipantInfo info(String json) {
        return Json.decode(json, ValueJson::participantInfo);
    }

    static String mediaStreams(List<MediaStream> streams) {
        return Json.write(Json.arrayOf(streams, ParticipantJson::mediaStream));
    }

    static List<MediaStream> mediaStreams(String json) {
        return Json.listOf(Json.read(json), ParticipantJson::mediaStream);
    }

    static String recordingInfo(RecordingInfo info) {
        return Json.encode(info, ParticipantJson::recordingInfoNode);
    }

    static RecordingInfo recordingInfo(String json) {
        return Json.decode(json, ParticipantJson::recordingInfoNode);
    }

    private static ObjectNode mediaStream(MediaStream stream) {
        ObjectNode node = Json.object();
        put(node, "mediaType", stream.mediaType());
        put(node, "direction", stream.direction());
        put(node, "sourceId", stream.sourceId());
        node.put("serverMuted", stream.serverMuted());
        put(node, "label", stream.label());
        return node;
    }

    private static MediaStream mediaStream(JsonNode node) {
        return new MediaStream(graphEnum(Modality.class, node, "mediaType"),
                graphEnum(MediaDirection.class, node, "direction"), text(node, "sourceId"),
                Boolean.TRUE.equals(bool(node, "serverMuted")), text(node, "label"));
    }

    private static ObjectNode recordingInfoNode(RecordingInfo info) {
        ObjectNode node = Json.object();
        put(node, "recordingStatus", info.recordingStatus());
        ValueJson.putIdentitySet(node, "initiator", info.initiator());
        if (info.initiatedBy() != null) {
            node.set("initiatedBy", ValueJson.participantInfo(info.initiatedBy()));
        }
        return node;
    }

    private static RecordingInfo recordingInfoNode(JsonNode node) {
        return new RecordingInfo(graphEnum(RecordingStatus.class, node, "recordingStatus"),
                nested(node, "initiator", ValueJson::identitySet),
                nested(node, "initiatedBy", ValueJson::participantInfo));
    }
}
