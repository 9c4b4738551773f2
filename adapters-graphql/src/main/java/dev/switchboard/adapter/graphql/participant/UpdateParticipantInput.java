package dev.switchboard.adapter.graphql.participant;

import dev.switchboard.adapter.graphql.support.ParticipantInfoInput;

import java.util.List;

import org.springframework.graphql.data.ArgumentValue;

/**
 * The input of {@code updateParticipant}. Each patchable field tells "left out" from "sent as null"
 * ({@link ArgumentValue}); the read-only ones are here because a client may resend them unchanged.
 */
public record UpdateParticipantInput(
        String callId,
        String id,
        String ifMatch,
        ArgumentValue<String> metadata,
        ArgumentValue<Boolean> isMuted,
        ArgumentValue<Boolean> isInLobby,
        ArgumentValue<List<MediaStreamInput>> mediaStreams,
        ArgumentValue<ParticipantInfoInput> info,
        ArgumentValue<RecordingInfoInput> recordingInfo,
        ArgumentValue<RemovedStateInput> removedState,
        ArgumentValue<Long> rosterSequenceNumber) {

    /** The GraphQL input {@code RemovedStateInput}. */
    public record RemovedStateInput(String reason) {
    }
}
