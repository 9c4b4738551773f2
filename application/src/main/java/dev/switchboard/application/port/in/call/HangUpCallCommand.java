package dev.switchboard.application.port.in.call;

import dev.switchboard.domain.common.TenantId;
import dev.switchboard.domain.common.CallId;

import java.util.Objects;

/** The input of {@link HangUpCallUseCase}; it checks itself on construction. */
public record HangUpCallCommand(TenantId tenantId, CallId callId) {

    public HangUpCallCommand {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(callId, "callId");
    }
}
