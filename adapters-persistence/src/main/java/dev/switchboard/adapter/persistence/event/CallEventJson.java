package dev.switchboard.adapter.persistence.event;

import dev.switchboard.adapter.persistence.call.CallSnapshot;
import dev.switchboard.adapter.persistence.callrecord.CallRecordSnapshot;
import dev.switchboard.adapter.persistence.operation.OperationSnapshot;
import dev.switchboard.adapter.persistence.participant.ParticipantSnapshot;
import dev.switchboard.adapter.persistence.support.Json;
import dev.switchboard.domain.event.CallEvent;
import dev.switchboard.domain.event.CallRecordCreated;
import dev.switchboard.domain.event.CallRecordUpdated;
import dev.switchboard.domain.event.CallStateChanged;
import dev.switchboard.domain.event.OperationProgressed;
import dev.switchboard.domain.event.ParticipantJoined;
import dev.switchboard.domain.event.ParticipantLeft;
import dev.switchboard.domain.event.ParticipantUpdated;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A {@link CallEvent} as JSON text and back: {@code {"type": "participantJoined", "participant": {…}}}, the aggregate
 * in the shape of its rows, so that it is read back through the same mappers and constructors as a stored one and
 * arrives equal to what was published. The text is ASCII only (other characters are escaped), so its length is its
 * size in bytes in any database encoding.
 */
final class CallEventJson {

    private static final String TYPE = "type";

    private CallEventJson() {
    }

    static String write(CallEvent event) {
        ObjectNode json = Json.object();
        if (event instanceof CallStateChanged changed) {
            json.put(TYPE, "callStateChanged").set("call", CallSnapshot.toJson(changed.call()));
        } else if (event instanceof ParticipantJoined joined) {
            json.put(TYPE, "participantJoined").set("participant", ParticipantSnapshot.toJson(joined.participant()));
        } else if (event instanceof ParticipantUpdated updated) {
            json.put(TYPE, "participantUpdated").set("participant", ParticipantSnapshot.toJson(updated.participant()));
        } else if (event instanceof ParticipantLeft left) {
            json.put(TYPE, "participantLeft").set("participant", ParticipantSnapshot.toJson(left.participant()));
        } else if (event instanceof OperationProgressed progressed) {
            json.put(TYPE, "operationProgressed").set("operation", OperationSnapshot.toJson(progressed.operation()));
        } else if (event instanceof CallRecordCreated created) {
            json.put(TYPE, "callRecordCreated").set("callRecord", CallRecordSnapshot.toJson(created.callRecord()));
        } else if (event instanceof CallRecordUpdated updated) {
            json.put(TYPE, "callRecordUpdated").set("callRecord", CallRecordSnapshot.toJson(updated.callRecord()));
        } else {
            throw new IllegalArgumentException("no JSON form for " + event.getClass().getName());
        }
        return Json.writeAscii(json);
    }

    /** The event {@link #write} wrote; any other text fails with an unchecked exception. */
    static CallEvent read(String text) {
        JsonNode json = Json.read(text);
        String type = Json.text(json, TYPE);
        return switch (type == null ? "" : type) {
            case "callStateChanged" -> new CallStateChanged(CallSnapshot.fromJson(json.get("call")));
            case "participantJoined" -> new ParticipantJoined(ParticipantSnapshot.fromJson(json.get("participant")));
            case "participantUpdated" -> new ParticipantUpdated(ParticipantSnapshot.fromJson(json.get("participant")));
            case "participantLeft" -> new ParticipantLeft(ParticipantSnapshot.fromJson(json.get("participant")));
            case "operationProgressed" -> new OperationProgressed(OperationSnapshot.fromJson(json.get("operation")));
            case "callRecordCreated" -> new CallRecordCreated(CallRecordSnapshot.fromJson(json.get("callRecord")));
            case "callRecordUpdated" -> new CallRecordUpdated(CallRecordSnapshot.fromJson(json.get("callRecord")));
            default -> throw new IllegalArgumentException("not an event this adapter wrote: type '" + type + "'");
        };
    }
}
