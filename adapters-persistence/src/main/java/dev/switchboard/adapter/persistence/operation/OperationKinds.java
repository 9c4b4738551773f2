package dev.switchboard.adapter.persistence.operation;

import dev.switchboard.adapter.persistence.support.Json;
import dev.switchboard.adapter.persistence.support.ValueJson;
import dev.switchboard.domain.common.ParticipantId;
import dev.switchboard.domain.operation.InviteParticipantsOperation;
import dev.switchboard.domain.operation.MuteParticipantOperation;
import dev.switchboard.domain.operation.OperationKind;
import dev.switchboard.domain.operation.UnmuteParticipantOperation;

/** The sealed family of operation kinds in three columns: {@code kind}, {@code invitees}, {@code participant_id}. */
final class OperationKinds {

    private static final String INVITE = "inviteParticipants";
    private static final String MUTE = "muteParticipant";
    private static final String UNMUTE = "unmuteParticipant";

    private OperationKinds() {
    }

    static String name(OperationKind kind) {
        if (kind instanceof InviteParticipantsOperation) {
            return INVITE;
        }
        return kind instanceof MuteParticipantOperation ? MUTE : UNMUTE;
    }

    static String invitees(OperationKind kind) {
        return kind instanceof InviteParticipantsOperation invite
                ? Json.write(Json.arrayOf(invite.participants(), ValueJson::invitation))
                : null;
    }

    static String participantId(OperationKind kind) {
        if (kind instanceof MuteParticipantOperation mute) {
            return mute.participantId().value();
        }
        return kind instanceof UnmuteParticipantOperation unmute ? unmute.participantId().value() : null;
    }

    static OperationKind of(OperationRow row) {
        switch (row.kind()) {
            case INVITE:
                return new InviteParticipantsOperation(Json.listOf(Json.read(row.invitees()), ValueJson::invitation));
            case MUTE:
                return new MuteParticipantOperation(ParticipantId.of(row.participantId()));
            case UNMUTE:
                return new UnmuteParticipantOperation(ParticipantId.of(row.participantId()));
            default:
                throw new IllegalStateException("stored operation has an unknown kind: " + row.kind());
        }
    }
}
