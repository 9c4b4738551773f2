package dev.switchboard.adapter.graphql.participant;

import dev.switchboard.adapter.graphql.support.IdentitySetView;
import dev.switchboard.adapter.graphql.support.ParticipantInfoView;
import dev.switchboard.domain.participant.MediaStream;
import dev.switchboard.domain.participant.RecordingStatus;
import dev.switchboard.domain.participant.RemovedState;

import java.util.List;

/** The GraphQL type {@code Participant}. */
public record ParticipantView(
        String id,
        String callId,
        String etag,
        ParticipantInfoView info,
        boolean isInLobby,
        boolean isMuted,
        List<MediaStream> mediaStreams,
        String metadata,
        RecordingInfoView recordingInfo,
        RemovedState removedState,
        Long rosterSequenceNumber) {

    /** The GraphQL type {@code RecordingInfo}. */
    public record RecordingInfoView(RecordingStatus recordingStatus, IdentitySetView initiator,
                                    ParticipantInfoView initiatedBy) {
    }
}
