package dev.switchboard.adapter.persistence.call;

import dev.switchboard.adapter.persistence.support.Json;
import dev.switchboard.domain.call.Call;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A call as one JSON object in the shape of its row, for a call that travels whole (in a live event) instead of being
 * stored. The way back is the repository's own: row mapper and the aggregate's constructor.
 */
public final class CallSnapshot {

    private CallSnapshot() {
    }

    public static ObjectNode toJson(Call call) {
        return Json.rowTree(CallRowMapper.INSTANCE.toRow(call));
    }

    public static Call fromJson(JsonNode json) {
        return CallRowMapper.INSTANCE.toCall(Json.row(json, CallRow.class));
    }
}
