package dev.switchboard.application.port.in.call;

import dev.switchboard.domain.common.TenantId;
import dev.switchboard.domain.call.NewCall;

import java.util.Objects;

/** The input of {@link CreateCallUseCase}; it checks itself on construction. */
public record CreateCallCommand(TenantId tenantId, String applicationId, NewCall call) {

    public CreateCallCommand {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(call, "call");
    }
}
