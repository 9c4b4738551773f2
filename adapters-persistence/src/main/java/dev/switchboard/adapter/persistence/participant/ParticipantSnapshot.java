package dev.switchboard.adapter.persistence.participant;

import dev.switchboard.adapter.persistence.support.Json;
import dev.switchboard.domain.participant.Participant;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A participant as one JSON object in the shape of its row, for a participant that travels whole (in a live event)
 * instead of being stored. The way back is the repository's own: row mapper and the aggregate's constructor.
 */
public final class ParticipantSnapshot {

    private ParticipantSnapshot() {
    }

    public static ObjectNode toJson(Participant participant) {
        return Json.rowTree(ParticipantRowMapper.INSTANCE.toRow(participant));
    }

    public static Participant fromJson(JsonNode json) {
        return ParticipantRowMapper.INSTANCE.toParticipant(Json.row(json, ParticipantRow.class));
    }
}
