package dev.switchboard.application.port.in.participant;

import dev.switchboard.domain.common.TenantId;
import dev.switchboard.domain.common.CallId;
import dev.switchboard.domain.participant.InvitationParticipantInfo;
import dev.switchboard.domain.operation.CommsOperation;

import java.util.List;
import java.util.Objects;

/** The input of {@link InviteParticipantsUseCase}; it checks itself on construction. */
public record InviteParticipantsCommand(TenantId tenantId, CallId callId, List<InvitationParticipantInfo> participants, String clientContext) {

    public InviteParticipantsCommand {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(callId, "callId");
        Objects.requireNonNull(participants, "participants");
        participants = List.copyOf(participants);
        CommsOperation.checkClientContext(clientContext, "clientContext");
    }
}
