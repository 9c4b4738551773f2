package dev.switchboard.application.port.in.participant;

import dev.switchboard.domain.common.TenantId;
import dev.switchboard.domain.common.CallId;
import dev.switchboard.domain.common.ParticipantId;
import dev.switchboard.domain.common.ExpectedVersion;
import dev.switchboard.domain.participant.ParticipantPatch;

import java.util.Objects;

/** The input of {@link UpdateParticipantUseCase}; it checks itself on construction. */
public record UpdateParticipantCommand(TenantId tenantId, CallId callId, ParticipantId participantId, ParticipantPatch patch, ExpectedVersion expectedVersion) {

    public UpdateParticipantCommand {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(callId, "callId");
        Objects.requireNonNull(participantId, "participantId");
        Objects.requireNonNull(patch, "patch");
        Objects.requireNonNull(expectedVersion, "expectedVersion");
    }
}
