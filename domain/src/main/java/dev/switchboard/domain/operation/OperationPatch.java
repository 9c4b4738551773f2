package dev.switchboard.domain.operation;

import dev.switchboard.domain.common.Patch;
import dev.switchboard.domain.common.ResultInfo;
import dev.switchboard.domain.participant.InvitationParticipantInfo;

import java.util.List;
import java.util.Objects;

/**
 * A PATCH of an operation (seed "Update inviteParticipantsOperation"). {@code clientContext} is the client's;
 * {@code status} and {@code resultInfo} are the simulator's manual control; {@code id} and {@code participants} are
 * read-only and may only be resent unchanged.
 */
public record OperationPatch(
        Patch<String> id,
        Patch<OperationStatus> status,
        Patch<String> clientContext,
        Patch<ResultInfo> resultInfo,
        Patch<List<InvitationParticipantInfo>> participants) {

    public OperationPatch {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(clientContext, "clientContext");
        Objects.requireNonNull(resultInfo, "resultInfo");
        Objects.requireNonNull(participants, "participants");
    }

    public static OperationPatch empty() {
        return new OperationPatch(Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent());
    }

    public OperationPatch withStatus(Patch<OperationStatus> value) {
        return new OperationPatch(id, value, clientContext, resultInfo, participants);
    }

    public OperationPatch withClientContext(Patch<String> value) {
        return new OperationPatch(id, status, value, resultInfo, participants);
    }

    public OperationPatch withResultInfo(Patch<ResultInfo> value) {
        return new OperationPatch(id, status, clientContext, value, participants);
    }

    public OperationPatch withParticipants(Patch<List<InvitationParticipantInfo>> value) {
        return new OperationPatch(id, status, clientContext, resultInfo, value);
    }

    public OperationPatch withId(Patch<String> value) {
        return new OperationPatch(value, status, clientContext, resultInfo, participants);
    }
}
