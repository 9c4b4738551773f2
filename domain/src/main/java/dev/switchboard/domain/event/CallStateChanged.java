package dev.switchboard.domain.event;

import dev.switchboard.domain.common.CallId;
import dev.switchboard.domain.common.TenantId;
import dev.switchboard.domain.call.Call;

import java.util.Objects;
import java.util.Optional;

/** A call was placed or moved to another state (including {@code terminated}). */
public record CallStateChanged(Call call) implements CallEvent {

    public CallStateChanged {
        Objects.requireNonNull(call, "call");
    }

    @Override
    public TenantId tenantId() {
        return call.tenantId();
    }

    @Override
    public Optional<CallId> callId() {
        return Optional.of(call.id());
    }
}
