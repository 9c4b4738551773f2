package dev.switchboard.domain.operation;

import dev.switchboard.domain.common.ParticipantId;

import java.util.Objects;

/** Graph's {@code unmuteParticipantOperation}: the application unmuting itself. */
public record UnmuteParticipantOperation(ParticipantId participantId) implements OperationKind {

    public UnmuteParticipantOperation {
        Objects.requireNonNull(participantId, "participantId");
    }
}
