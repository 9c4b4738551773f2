package dev.switchboard.adapter.persistence.operation;

import dev.switchboard.adapter.persistence.support.Json;
import dev.switchboard.domain.operation.CommsOperation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An operation as one JSON object in the shape of its row, for an operation that travels whole (in a live event)
 * instead of being stored. The way back is the repository's own: row mapper and the aggregate's constructor.
 */
public final class OperationSnapshot {

    private OperationSnapshot() {
    }

    public static ObjectNode toJson(CommsOperation operation) {
        return Json.rowTree(OperationRowMapper.INSTANCE.toRow(operation));
    }

    public static CommsOperation fromJson(JsonNode json) {
        return OperationRowMapper.INSTANCE.toOperation(Json.row(json, OperationRow.class));
    }
}
