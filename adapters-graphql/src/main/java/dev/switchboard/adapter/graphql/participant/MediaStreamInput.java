package dev.switchboard.adapter.graphql.participant;

import dev.switchboard.domain.participant.MediaDirection;
import dev.switchboard.domain.participant.Modality;

/** The GraphQL input {@code MediaStreamInput}. */
public record MediaStreamInput(Modality mediaType, MediaDirection direction, String sourceId, Boolean serverMuted,
                               String label) {
}
