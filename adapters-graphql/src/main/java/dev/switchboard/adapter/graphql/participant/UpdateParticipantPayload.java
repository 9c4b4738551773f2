package dev.switchboard.adapter.graphql.participant;

/** The payload of {@code updateParticipant}. */
public record UpdateParticipantPayload(ParticipantView participant) {
}
