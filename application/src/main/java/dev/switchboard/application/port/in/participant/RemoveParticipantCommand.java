package dev.switchboard.application.port.in.participant;

import dev.switchboard.domain.common.TenantId;
import dev.switchboard.domain.common.CallId;
import dev.switchboard.domain.common.ExpectedVersion;
import dev.switchboard.domain.common.ParticipantId;

import java.util.Objects;

/** The input of {@link RemoveParticipantUseCase}; it checks itself on construction. */
public record RemoveParticipantCommand(TenantId tenantId, CallId callId, ParticipantId participantId,
                                       ExpectedVersion expectedVersion) {

    public RemoveParticipantCommand {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(callId, "callId");
        Objects.requireNonNull(participantId, "participantId");
        Objects.requireNonNull(expectedVersion, "expectedVersion");
    }

    /** A removal with no {@code If-Match}. */
    public RemoveParticipantCommand(TenantId tenantId, CallId callId, ParticipantId participantId) {
        this(tenantId, callId, participantId, ExpectedVersion.none());
    }
}
