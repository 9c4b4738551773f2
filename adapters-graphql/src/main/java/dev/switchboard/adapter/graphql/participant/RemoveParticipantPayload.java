package dev.switchboard.adapter.graphql.participant;

/** The payload of {@code removeParticipant}: the participant as it left. */
public record RemoveParticipantPayload(ParticipantView participant) {
}
