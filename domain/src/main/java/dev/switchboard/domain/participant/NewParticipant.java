package dev.switchboard.domain.participant;

import dev.switchboard.domain.common.Text;
import dev.switchboard.domain.error.Violations;

import java.util.List;

/**
 * What a client asks for when it adds a participant directly (the seed's {@code POST …/participants}): the
 * participant's description, before the service gives it an id, a roster number and a join time.
 */
public record NewParticipant(
        ParticipantInfo info,
        String metadata,
        boolean isMuted,
        boolean isInLobby,
        List<MediaStream> mediaStreams,
        RecordingInfo recordingInfo) {

    public NewParticipant {
        new Violations()
                .require(info != null, "info", "is required")
                .require(info == null || info.identity() != null, "info.identity", "is required")
                .throwIfAny();
        Text.atMost(metadata, Text.BLOB_MAX, "metadata");
        mediaStreams = mediaStreams == null ? List.of() : List.copyOf(mediaStreams);
    }
}
