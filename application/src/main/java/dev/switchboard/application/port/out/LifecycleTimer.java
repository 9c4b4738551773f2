package dev.switchboard.application.port.out;

import dev.switchboard.domain.common.CallId;
import dev.switchboard.domain.common.TenantId;

import java.time.Instant;
import java.util.Objects;

/**
 * Work the lifecycle engine owes a call at a given time: establish it, or run one of its operations to the end.
 * A timer is stored with the change that set it, so it survives a restart. There is at most one timer of a kind per
 * target, which is its key together with the tenant.
 *
 * @param targetId the operation's id for {@link Kind#FINISH_OPERATION}, else the call's id
 */
public record LifecycleTimer(TenantId tenantId, Kind kind, CallId callId, String targetId, Instant dueAt) {

    public LifecycleTimer {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(callId, "callId");
        Objects.requireNonNull(targetId, "targetId");
        Objects.requireNonNull(dueAt, "dueAt");
    }

    /** The same timer, due at another time. */
    public LifecycleTimer dueAt(Instant newDueAt) {
        return new LifecycleTimer(tenantId, kind, callId, targetId, newDueAt);
    }

    /** What is due. */
    public enum Kind {
        /** An establishing call's targets answer: the call becomes {@code established}. */
        ESTABLISH_CALL,
        /** A running operation completes, or fails with the reason Graph gives. */
        FINISH_OPERATION,
        /** A call that has seen no keepAlive for the configured time (45 minutes) ends with 408/8537. */
        EXPIRE_CALL
    }
}
