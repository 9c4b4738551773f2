package dev.switchboard.application.port.in.call;

import dev.switchboard.domain.common.TenantId;
import dev.switchboard.domain.common.CallId;

import java.util.Objects;

/** The input of {@link KeepAliveUseCase}; it checks itself on construction. */
public record KeepAliveCommand(TenantId tenantId, CallId callId) {

    public KeepAliveCommand {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(callId, "callId");
    }
}
