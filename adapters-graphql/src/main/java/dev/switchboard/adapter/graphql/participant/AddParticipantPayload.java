package dev.switchboard.adapter.graphql.participant;

/** The payload of {@code addParticipant}. */
public record AddParticipantPayload(ParticipantView participant) {
}
