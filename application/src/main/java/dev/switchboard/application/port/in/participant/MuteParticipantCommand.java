package dev.switchboard.application.port.in.participant;

import dev.switchboard.domain.common.TenantId;
import dev.switchboard.domain.common.CallId;
import dev.switchboard.domain.common.ParticipantId;
import dev.switchboard.domain.operation.CommsOperation;

import java.util.Objects;

/** The input of {@link MuteParticipantUseCase}; it checks itself on construction. */
public record MuteParticipantCommand(TenantId tenantId, CallId callId, ParticipantId participantId, String clientContext) {

    public MuteParticipantCommand {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(callId, "callId");
        Objects.requireNonNull(participantId, "participantId");
        CommsOperation.checkClientContext(clientContext, "clientContext");
    }
}
