package dev.switchboard.adapter.graphql.participant;

import dev.switchboard.adapter.graphql.support.InvitationParticipantInfoInput;

import java.util.List;

/** The input of {@code inviteParticipants}. */
public record InviteParticipantsInput(String callId, List<InvitationParticipantInfoInput> participants,
                                      String clientContext) {
}
