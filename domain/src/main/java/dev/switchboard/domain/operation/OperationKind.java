package dev.switchboard.domain.operation;

/**
 * What an operation does: the closed family of Graph's {@code commsOperation} subtypes this service runs.
 * Each member holds what that kind adds to the common operation.
 */
public sealed interface OperationKind
        permits InviteParticipantsOperation, MuteParticipantOperation, UnmuteParticipantOperation {
}
