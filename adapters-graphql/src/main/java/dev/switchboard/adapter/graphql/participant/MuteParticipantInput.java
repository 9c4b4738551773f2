package dev.switchboard.adapter.graphql.participant;

/** The input of {@code muteParticipant}. */
public record MuteParticipantInput(String callId, String id, String clientContext) {
}
