package dev.switchboard.adapter.graphql.participant;

import dev.switchboard.adapter.graphql.operation.MuteParticipantOperationView;

/** The payload of {@code muteParticipant}: the operation that mutes the participant. */
public record MuteParticipantPayload(MuteParticipantOperationView operation) {
}
