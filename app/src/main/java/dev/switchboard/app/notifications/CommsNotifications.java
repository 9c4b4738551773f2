package dev.switchboard.app.notifications;

import dev.switchboard.domain.call.Call;
import dev.switchboard.domain.common.ResultInfo;
import dev.switchboard.domain.event.CallEvent;
import dev.switchboard.domain.event.CallStateChanged;
import dev.switchboard.domain.event.OperationProgressed;
import dev.switchboard.domain.event.ParticipantJoined;
import dev.switchboard.domain.event.ParticipantLeft;
import dev.switchboard.domain.event.ParticipantUpdated;
import dev.switchboard.domain.identity.Identity;
import dev.switchboard.domain.identity.IdentitySet;
import dev.switchboard.domain.operation.CommsOperation;
import dev.switchboard.domain.operation.InviteParticipantsOperation;
import dev.switchboard.domain.operation.MuteParticipantOperation;
import dev.switchboard.domain.participant.Participant;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.util.Optional;

/**
 * The {@code commsNotifications} body Graph POSTs to a call's {@code callbackUri} for an event (graph-api §6): a call
 * state change ({@code updated}, or {@code deleted} once terminated, with its {@code resultInfo}), a roster change
 * ({@code resourceData} an array of participants; {@code deleted} for a leave) and an operation that finished
 * ({@code deleted}, with its final status). Other events (an operation starting, call records) send nothing.
 */
final class CommsNotifications {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    /** The body and the call it belongs to, when the event is one Graph notifies. */
    record Notification(String resourceUrl, String body) {
    }

    private CommsNotifications() {
    }

    static Optional<Notification> of(CallEvent event) {
        // Java 17 has no pattern switch; the event family is small and sealed
        if (event instanceof CallStateChanged changed) {
            Call call = changed.call();
            ObjectNode data = typed("#microsoft.graph.call").put("id", call.id().value())
                    .put("state", call.state().graphName());
            if (call.resultInfo() != null) {
                data.set("resultInfo", resultInfo(call.resultInfo()));
            }
            return Optional.of(notification(call.isTerminated() ? "deleted" : "updated",
                    "/communications/calls/" + call.id().value(), data));
        }
        if (event instanceof ParticipantJoined joined) {
            return Optional.of(roster("updated", joined.participant()));
        }
        if (event instanceof ParticipantUpdated updated) {
            return Optional.of(roster("updated", updated.participant()));
        }
        if (event instanceof ParticipantLeft left) {
            return Optional.of(roster("deleted", left.participant()));
        }
        if (event instanceof OperationProgressed progressed && progressed.operation().isTerminal()) {
            CommsOperation operation = progressed.operation();
            return Optional.of(notification("deleted", "/communications/calls/" + operation.callId().value()
                    + "/operations/" + operation.id().value(), operation(operation)));
        }
        return Optional.empty();
    }

    private static Notification roster(String changeType, Participant participant) {
        ArrayNode participants = JSON.arrayNode().add(participant(participant));
        return notification(changeType, "/communications/calls/" + participant.callId().value() + "/participants",
                participants);
    }

    private static Notification notification(String changeType, String resourceUrl,
                                             tools.jackson.databind.JsonNode resourceData) {
        ObjectNode item = typed("#microsoft.graph.commsNotification")
                .put("changeType", changeType)
                .put("resourceUrl", resourceUrl);
        item.set("resourceData", resourceData);
        ObjectNode body = typed("#microsoft.graph.commsNotifications");
        body.set("value", JSON.arrayNode().add(item));
        return new Notification(resourceUrl, MAPPER.writeValueAsString(body));
    }

    private static ObjectNode participant(Participant participant) {
        ObjectNode data = typed("#microsoft.graph.participant").put("id", participant.id().value());
        ObjectNode info = typed("#microsoft.graph.participantInfo");
        if (participant.info().identity() != null) {
            info.set("identity", identitySet(participant.info().identity()));
        }
        info.put("participantId", participant.id().value());
        data.set("info", info);
        data.put("isMuted", participant.isMuted())
                .put("isInLobby", participant.isInLobby())
                .put("rosterSequenceNumber", participant.rosterSequenceNumber());
        if (participant.removedState() != null) {
            data.set("removedState", typed("#microsoft.graph.removedState")
                    .put("reason", participant.removedState().reason()));
        }
        return data;
    }

    private static ObjectNode identitySet(IdentitySet set) {
        ObjectNode node = typed("#microsoft.graph.identitySet");
        slot(node, "user", set.user());
        slot(node, "application", set.application());
        slot(node, "device", set.device());
        slot(node, "applicationInstance", set.applicationInstance());
        slot(node, "guest", set.guest());
        slot(node, "phone", set.phone());
        return node;
    }

    private static void slot(ObjectNode set, String name, Identity identity) {
        if (identity != null) {
            ObjectNode node = typed("#microsoft.graph.identity").put("id", identity.id());
            if (identity.displayName() != null) {
                node.put("displayName", identity.displayName());
            }
            set.set(name, node);
        }
    }

    private static ObjectNode operation(CommsOperation operation) {
        String type = operation.kind() instanceof InviteParticipantsOperation ? "inviteParticipantsOperation"
                : operation.kind() instanceof MuteParticipantOperation ? "muteParticipantOperation"
                : "unmuteParticipantOperation";
        ObjectNode data = typed("#microsoft.graph." + type)
                .put("id", operation.id().value())
                .put("status", operation.status().graphName());
        if (operation.clientContext() != null) {
            data.put("clientContext", operation.clientContext());
        }
        if (operation.resultInfo() != null) {
            data.set("resultInfo", resultInfo(operation.resultInfo()));
        }
        return data;
    }

    private static ObjectNode resultInfo(ResultInfo result) {
        ObjectNode node = typed("#microsoft.graph.resultInfo").put("code", result.code()).put("subcode", result.subcode());
        if (result.message() != null) {
            node.put("message", result.message());
        }
        return node;
    }

    private static ObjectNode typed(String odataType) {
        return JSON.objectNode().put("@odata.type", odataType);
    }
}
