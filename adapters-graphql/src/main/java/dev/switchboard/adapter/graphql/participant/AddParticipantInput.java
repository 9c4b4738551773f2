package dev.switchboard.adapter.graphql.participant;

import dev.switchboard.adapter.graphql.support.ParticipantInfoInput;

import java.util.List;

/** The input of {@code addParticipant}. */
public record AddParticipantInput(
        String callId,
        ParticipantInfoInput info,
        String metadata,
        Boolean isMuted,
        Boolean isInLobby,
        List<MediaStreamInput> mediaStreams,
        RecordingInfoInput recordingInfo) {
}
