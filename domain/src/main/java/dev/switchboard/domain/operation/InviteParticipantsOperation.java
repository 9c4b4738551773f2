package dev.switchboard.domain.operation;

import dev.switchboard.domain.error.InvalidInputException;
import dev.switchboard.domain.participant.InvitationParticipantInfo;

import java.util.List;

/** Graph's {@code inviteParticipantsOperation}: bringing the invitees into the call. */
public record InviteParticipantsOperation(List<InvitationParticipantInfo> participants) implements OperationKind {

    /** Our bound on invitees per request. */
    public static final int MAX_INVITEES = 100;

    public InviteParticipantsOperation {
        if (participants == null || participants.isEmpty()) {
            throw InvalidInputException.of("participants", "must name at least one participant");
        }
        if (participants.size() > MAX_INVITEES) {
            throw InvalidInputException.of("participants", "must name at most " + MAX_INVITEES + " participants");
        }
        participants = List.copyOf(participants);
    }
}
