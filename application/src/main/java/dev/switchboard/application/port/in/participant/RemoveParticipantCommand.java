package dev.switchboard.application.port.in.participant;

import dev.switchboard.domain.common.TenantId;
import dev.switchboard.domain.common.CallId;
import dev.switchboard.domain.common.ParticipantId;

import java.util.Objects;

/** The input of {@link RemoveParticipantUseCase}; it checks itself on construction. */
public record RemoveParticipantCommand(TenantId tenantId, CallId callId, ParticipantId participantId) {

    public RemoveParticipantCommand {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(callId, "callId");
        Objects.requireNonNull(participantId, "participantId");
    }
}
