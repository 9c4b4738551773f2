package dev.switchboard.application.service.lifecycle;

import dev.switchboard.application.port.in.lifecycle.RunDueLifecycleWorkUseCase;
import dev.switchboard.application.port.out.OutboundPorts;
import dev.switchboard.application.service.CoreSettings;
import dev.switchboard.application.service.operation.OperationEffects;

/** The lifecycle engine's use case, built over the outbound ports. Only the core's assembly creates this. */
public final class LifecycleServices {

    private final RunDueLifecycleWorkUseCase runDueWork;

    public LifecycleServices(OutboundPorts ports, CoreSettings settings) {
        this.runDueWork = new RunDueLifecycleWorkService(ports, new OperationEffects(ports), settings.keepAliveTimeout());
    }

    public RunDueLifecycleWorkUseCase runDueWork() {
        return runDueWork;
    }
}
