package dev.switchboard.archfixture.adapter.graphql.call;

public record InviteParticipantsInput(String callId) {
}
