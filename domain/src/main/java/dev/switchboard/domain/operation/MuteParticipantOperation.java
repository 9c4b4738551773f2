package dev.switchboard.domain.operation;

import dev.switchboard.domain.common.ParticipantId;

import java.util.Objects;

/** Graph's {@code muteParticipantOperation}: muting one participant (the application's own, for a self-mute). */
public record MuteParticipantOperation(ParticipantId participantId) implements OperationKind {

    public MuteParticipantOperation {
        Objects.requireNonNull(participantId, "participantId");
    }
}
