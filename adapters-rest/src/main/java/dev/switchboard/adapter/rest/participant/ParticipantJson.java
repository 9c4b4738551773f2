package dev.switchboard.adapter.rest.participant;

import dev.switchboard.adapter.rest.support.IdentitySetJson;
import dev.switchboard.adapter.rest.support.ParticipantInfoJson;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;

/** Graph's {@code participant} on the wire. {@code removedState} appears only once a participant has left. */
public record ParticipantJson(
        String id,
        ParticipantInfoJson info,
        boolean isMuted,
        boolean isInLobby,
        String metadata,
        List<MediaStreamJson> mediaStreams,
        RecordingInfoJson recordingInfo,
        @JsonInclude(Include.NON_NULL) RemovedStateJson removedState,
        long rosterSequenceNumber) {

    /** Graph's {@code mediaStream}. */
    public record MediaStreamJson(String mediaType, String sourceId, String direction, boolean serverMuted, String label) {
    }

    /** Graph's {@code recordingInfo}; {@code initiatedBy} is beta's and is left out on v1.0. */
    public record RecordingInfoJson(String recordingStatus, IdentitySetJson initiator,
                                    @JsonInclude(Include.NON_NULL) ParticipantInfoJson initiatedBy) {
    }

    /** Graph's {@code removedState}. */
    public record RemovedStateJson(String reason) {
    }
}
