package dev.switchboard.application.service;

import dev.switchboard.application.port.out.LifecycleTimer;
import dev.switchboard.application.port.out.OutboundPorts;
import dev.switchboard.domain.call.Call;
import dev.switchboard.domain.operation.CommsOperation;

import java.time.Duration;

/**
 * Sets the lifecycle engine's timers for work a service has just started, in the service's transaction, after the
 * configured {@link OperationDelay} (none when the engine is off), and the keepAlive expiry of every call.
 */
public final class LifecycleSchedule {

    private final OutboundPorts ports;
    private final OperationDelay delay;
    private final Duration keepAliveTimeout;

    public LifecycleSchedule(OutboundPorts ports, CoreSettings settings) {
        this.ports = ports;
        this.delay = settings.operationDelay();
        this.keepAliveTimeout = settings.keepAliveTimeout();
    }

    /** The call ends unless a keepAlive comes in time; set whether or not the engine moves operations. */
    public void expireUnlessKeptAlive(Call call) {
        ports.timers().schedule(expiryOf(call));
    }

    /** A keepAlive arrived: the call's expiry moves on. */
    public void keptAlive(Call call) {
        ports.timers().postpone(expiryOf(call));
    }

    private LifecycleTimer expiryOf(Call call) {
        return new LifecycleTimer(call.tenantId(), LifecycleTimer.Kind.EXPIRE_CALL, call.id(), call.id().value(),
                call.keepAliveDeadline(keepAliveTimeout));
    }

    /** The placed call's targets will answer. */
    public void establishLater(Call call) {
        delay.dueFrom(ports.clock().instant()).ifPresent(due -> ports.timers().schedule(new LifecycleTimer(
                call.tenantId(), LifecycleTimer.Kind.ESTABLISH_CALL, call.id(), call.id().value(), due)));
    }

    /** The started operation will complete (or fail). */
    public void finishLater(CommsOperation operation) {
        delay.dueFrom(ports.clock().instant()).ifPresent(due -> ports.timers().schedule(new LifecycleTimer(
                operation.tenantId(), LifecycleTimer.Kind.FINISH_OPERATION, operation.callId(),
                operation.id().value(), due)));
    }
}
