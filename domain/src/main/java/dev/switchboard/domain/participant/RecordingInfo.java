package dev.switchboard.domain.participant;

import dev.switchboard.domain.error.InvalidInputException;
import dev.switchboard.domain.identity.IdentitySet;

/**
 * Graph's {@code recordingInfo}. v1.0 names who started a recording {@code initiator} (an identity set); beta also has
 * {@code initiatedBy} (a participantInfo). Both are kept; adapters decide which to emit per API version.
 */
public record RecordingInfo(RecordingStatus recordingStatus, IdentitySet initiator, ParticipantInfo initiatedBy) {

    public RecordingInfo {
        if (recordingStatus == null) {
            throw InvalidInputException.of("recordingStatus", "is required");
        }
    }

    public static RecordingInfo notRecording() {
        return new RecordingInfo(RecordingStatus.NOT_RECORDING, null, null);
    }
}
