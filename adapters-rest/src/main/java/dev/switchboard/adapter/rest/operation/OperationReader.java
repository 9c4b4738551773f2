package dev.switchboard.adapter.rest.operation;

import dev.switchboard.adapter.rest.support.GraphValueReaders;
import dev.switchboard.adapter.rest.support.JsonInput;
import dev.switchboard.adapter.rest.support.JsonObject;
import dev.switchboard.domain.operation.OperationPatch;
import dev.switchboard.domain.operation.OperationStatus;

import tools.jackson.databind.JsonNode;

/**
 * The body of an operation's PATCH (seed 002). {@code clientContext} is the client's; {@code status} and
 * {@code resultInfo} drive the simulated lifecycle; {@code id} and {@code participants} may only be resent unchanged.
 */
final class OperationReader {

    private OperationReader() {
    }

    static OperationPatch patch(JsonNode body) {
        return JsonInput.read(body, json -> {
            json.type("microsoft.graph.commsOperation", "microsoft.graph.inviteParticipantsOperation",
                    "microsoft.graph.muteParticipantOperation", "microsoft.graph.unmuteParticipantOperation");
            return new OperationPatch(
                    json.patch("id", JsonObject::string),
                    json.patchNonNull("status", (j, name) -> j.member(name, OperationStatus.class)),
                    json.patch("clientContext", JsonObject::string),
                    json.patch("resultInfo", (j, name) -> j.object(name, GraphValueReaders::resultInfo)),
                    json.patch("participants", (j, name) -> j.objects(name, GraphValueReaders::invitee)));
        });
    }
}
