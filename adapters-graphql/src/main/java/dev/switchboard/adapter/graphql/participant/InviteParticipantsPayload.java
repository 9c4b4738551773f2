package dev.switchboard.adapter.graphql.participant;

import dev.switchboard.adapter.graphql.operation.InviteParticipantsOperationView;

/** The payload of {@code inviteParticipants}: the operation that brings the invitees in. */
public record InviteParticipantsPayload(InviteParticipantsOperationView operation) {
}
