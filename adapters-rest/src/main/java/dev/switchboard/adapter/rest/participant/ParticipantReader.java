package dev.switchboard.adapter.rest.participant;

import dev.switchboard.adapter.rest.support.GraphValueReaders;
import dev.switchboard.adapter.rest.support.JsonInput;
import dev.switchboard.adapter.rest.support.JsonObject;
import dev.switchboard.domain.identity.IdentitySet;
import dev.switchboard.domain.participant.InvitationParticipantInfo;
import dev.switchboard.domain.participant.MediaDirection;
import dev.switchboard.domain.participant.MediaStream;
import dev.switchboard.domain.participant.Modality;
import dev.switchboard.domain.participant.NewParticipant;
import dev.switchboard.domain.participant.ParticipantInfo;
import dev.switchboard.domain.participant.ParticipantPatch;
import dev.switchboard.domain.participant.RecordingInfo;
import dev.switchboard.domain.participant.RecordingStatus;
import dev.switchboard.domain.participant.RemovedState;

import java.util.List;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

/**
 * Participant bodies: the seed's create ({@code POST …/participants}), its PATCH, and the actions invite and mute.
 * Participant is a closed type, so unknown properties (the beta seed's {@code isTyping}) are ignored; read-only ones
 * are ignored on create and, on PATCH, passed on for the participant to accept unchanged or refuse.
 */
final class ParticipantReader {

    private static final String PARTICIPANT = "microsoft.graph.participant";

    private ParticipantReader() {
    }

    static NewParticipant newParticipant(JsonNode body) {
        return JsonInput.read(body, json -> {
            json.type(PARTICIPANT);
            json.require("info");
            ParticipantInfo info = json.object("info", GraphValueReaders::participantInfo);
            String metadata = json.string("metadata");
            Boolean isMuted = json.bool("isMuted");
            Boolean isInLobby = json.bool("isInLobby");
            List<MediaStream> mediaStreams = json.objects("mediaStreams", ParticipantReader::mediaStream);
            RecordingInfo recordingInfo = json.object("recordingInfo", ParticipantReader::recordingInfo);
            return json.valid(() -> new NewParticipant(info, metadata, Boolean.TRUE.equals(isMuted),
                    Boolean.TRUE.equals(isInLobby), mediaStreams, recordingInfo));
        });
    }

    static ParticipantPatch patch(JsonNode body) {
        return JsonInput.read(body, json -> {
            json.type(PARTICIPANT);
            return new ParticipantPatch(
                    json.patch("id", JsonObject::string),
                    json.patchNonNull("info", (j, name) -> j.object(name, GraphValueReaders::participantInfo)),
                    json.patch("recordingInfo", (j, name) -> j.object(name, ParticipantReader::recordingInfo)),
                    json.patch("mediaStreams", (j, name) -> j.objects(name, ParticipantReader::mediaStream)),
                    json.patch("metadata", JsonObject::string),
                    json.patchNonNull("isMuted", JsonObject::bool),
                    json.patchNonNull("isInLobby", JsonObject::bool),
                    json.patch("removedState", (j, name) -> j.object(name, ParticipantReader::removedState)),
                    json.patch("rosterSequenceNumber", JsonObject::int64));
        });
    }

    /** The body of {@code invite}: the invitees and the client's context. */
    record Invitation(List<InvitationParticipantInfo> participants, String clientContext) {
    }

    static Invitation invitation(JsonNode body) {
        return JsonInput.read(body, json -> {
            json.require("participants");
            List<InvitationParticipantInfo> invitees = json.objects("participants", GraphValueReaders::invitee);
            String clientContext = json.string("clientContext");
            return new Invitation(invitees, clientContext);
        });
    }

    /** The body of {@code mute}: only the client's context, which may be left out. */
    static Optional<String> clientContext(JsonNode body) {
        return JsonInput.read(body, json -> Optional.ofNullable(json.string("clientContext")));
    }

    static MediaStream mediaStream(JsonObject json) {
        json.type("microsoft.graph.mediaStream");
        Modality mediaType = json.member("mediaType", Modality.class);
        MediaDirection direction = json.member("direction", MediaDirection.class);
        String sourceId = json.string("sourceId");
        Boolean serverMuted = json.bool("serverMuted");
        String label = json.string("label");
        return json.valid(() -> new MediaStream(mediaType, direction, sourceId, Boolean.TRUE.equals(serverMuted), label));
    }

    /** v1.0's {@code initiator} and beta's {@code initiatedBy} are both accepted. */
    static RecordingInfo recordingInfo(JsonObject json) {
        json.type("microsoft.graph.recordingInfo");
        RecordingStatus status = json.member("recordingStatus", RecordingStatus.class);
        IdentitySet initiator = json.object("initiator", GraphValueReaders::identitySet);
        ParticipantInfo initiatedBy = json.object("initiatedBy", GraphValueReaders::participantInfo);
        return json.valid(() -> new RecordingInfo(status, initiator, initiatedBy));
    }

    static RemovedState removedState(JsonObject json) {
        json.type("microsoft.graph.removedState");
        String reason = json.string("reason");
        return json.valid(() -> new RemovedState(reason));
    }
}
