package dev.switchboard.adapter.persistence.callrecord;

import dev.switchboard.adapter.persistence.support.Json;
import dev.switchboard.domain.callrecord.CallRecord;
import dev.switchboard.domain.callrecord.Segment;
import dev.switchboard.domain.callrecord.Session;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/**
 * A call record with its sessions and segments as one JSON object in the shape of its rows ({@code record}, and
 * {@code sessions}, each with its {@code row} and {@code segments}), for a record that travels whole (in a live event)
 * instead of being stored. The way back is the repository's own: row mapper and the constructors.
 */
public final class CallRecordSnapshot {

    private static final CallRecordRowMapper MAPPER = CallRecordRowMapper.INSTANCE;

    private CallRecordSnapshot() {
    }

    public static ObjectNode toJson(CallRecord record) {
        String tenantId = record.tenantId().value();
        String id = record.id().value();
        ObjectNode json = Json.object();
        json.set("record", Json.rowTree(MAPPER.toRow(record)));
        ArrayNode sessions = json.putArray("sessions");
        for (int s = 0; s < record.sessions().size(); s++) {
            Session session = record.sessions().get(s);
            ObjectNode sessionJson = sessions.addObject();
            sessionJson.set("row", Json.rowTree(MAPPER.toRow(session, tenantId, id, s)));
            ArrayNode segments = sessionJson.putArray("segments");
            for (int g = 0; g < session.segments().size(); g++) {
                segments.add(Json.rowTree(MAPPER.toRow(session.segments().get(g), tenantId, id, s, g)));
            }
        }
        return json;
    }

    public static CallRecord fromJson(JsonNode json) {
        List<Session> sessions = new ArrayList<>();
        for (JsonNode session : json.get("sessions")) {
            List<Segment> segments = Json.listOf(session.get("segments"),
                    segment -> MAPPER.toSegment(Json.row(segment, SegmentRow.class)));
            sessions.add(MAPPER.toSession(Json.row(session.get("row"), SessionRow.class), segments));
        }
        return MAPPER.toCallRecord(Json.row(json.get("record"), CallRecordRow.class), sessions);
    }
}
