package dev.switchboard.application.port.in.participant;

import dev.switchboard.domain.operation.CommsOperation;

/** Invites people into a call ({@code POST …/participants/invite}); answers with the operation that brings them in. */
public interface InviteParticipantsUseCase {

    CommsOperation invite(InviteParticipantsCommand command);
}
