package dev.switchboard.domain.participant;

import dev.switchboard.domain.common.Text;
import dev.switchboard.domain.error.Violations;

/** Graph's {@code mediaStream}: one stream a participant sends or receives. Only {@code serverMuted} is writable. */
public record MediaStream(Modality mediaType, MediaDirection direction, String sourceId, boolean serverMuted, String label) {

    public MediaStream {
        new Violations()
                .require(mediaType != null, "mediaType", "is required")
                .require(direction != null, "direction", "is required")
                .require(sourceId != null, "sourceId", "is required")
                .throwIfAny();
        Text.atMost(sourceId, Text.SHORT_MAX, "sourceId");
        Text.atMost(label, Text.SHORT_MAX, "label");
    }

    /** The audio stream a participant gets when the service adds them from an invitation. */
    public static MediaStream defaultAudio(String sourceId) {
        return new MediaStream(Modality.AUDIO, MediaDirection.SEND_RECEIVE, sourceId, false, "main-audio");
    }

    public MediaStream withServerMuted(boolean muted) {
        return new MediaStream(mediaType, direction, sourceId, muted, label);
    }
}
