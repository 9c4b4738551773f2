package dev.switchboard.adapter.graphql.participant;

/** The input of {@code removeParticipant}. */
public record RemoveParticipantInput(String callId, String id, String ifMatch) {
}
