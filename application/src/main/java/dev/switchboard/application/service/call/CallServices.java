package dev.switchboard.application.service.call;

import dev.switchboard.application.port.in.call.CallQueries;
import dev.switchboard.application.port.in.call.CreateCallUseCase;
import dev.switchboard.application.port.in.call.HangUpCallUseCase;
import dev.switchboard.application.port.in.call.KeepAliveUseCase;
import dev.switchboard.application.port.out.OutboundPorts;
import dev.switchboard.application.service.LifecycleSchedule;
import dev.switchboard.application.service.ResourceLookup;

/** The call use cases, built over the outbound ports. Only the core's assembly creates this. */
public final class CallServices {

    private final CreateCallUseCase createCall;
    private final HangUpCallUseCase hangUpCall;
    private final KeepAliveUseCase keepAlive;
    private final CallQueries queries;

    public CallServices(OutboundPorts ports, ResourceLookup lookup) {
        this.createCall = new CreateCallService(ports,
                new LifecycleSchedule(ports, lookup.settings()));
        this.hangUpCall = new HangUpCallService(ports, lookup);
        this.keepAlive = new KeepAliveService(ports, lookup, new LifecycleSchedule(ports, lookup.settings()));
        this.queries = new CallQueryService(ports, lookup);
    }

    public CreateCallUseCase createCall() {
        return createCall;
    }

    public HangUpCallUseCase hangUpCall() {
        return hangUpCall;
    }

    public KeepAliveUseCase keepAlive() {
        return keepAlive;
    }

    public CallQueries queries() {
        return queries;
    }
}
