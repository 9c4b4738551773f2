package dev.switchboard.application.port.in.participant;

import dev.switchboard.domain.common.TenantId;
import dev.switchboard.domain.common.CallId;
import dev.switchboard.domain.participant.NewParticipant;

import java.util.Objects;

/** The input of {@link AddParticipantUseCase}; it checks itself on construction. */
public record AddParticipantCommand(TenantId tenantId, CallId callId, NewParticipant participant) {

    public AddParticipantCommand {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(callId, "callId");
        Objects.requireNonNull(participant, "participant");
    }
}
