package dev.switchboard.adapter.graphql.participant;

import dev.switchboard.adapter.graphql.support.IdentitySetInput;
import dev.switchboard.adapter.graphql.support.ParticipantInfoInput;
import dev.switchboard.domain.participant.RecordingStatus;

/** The GraphQL input {@code RecordingInfoInput}. */
public record RecordingInfoInput(RecordingStatus recordingStatus, IdentitySetInput initiator,
                                 ParticipantInfoInput initiatedBy) {
}
