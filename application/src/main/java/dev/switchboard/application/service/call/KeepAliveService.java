package dev.switchboard.application.service.call;

import dev.switchboard.application.port.in.call.KeepAliveCommand;
import dev.switchboard.application.port.in.call.KeepAliveUseCase;
import dev.switchboard.application.port.out.OutboundPorts;
import dev.switchboard.application.service.LifecycleSchedule;
import dev.switchboard.application.service.ResourceLookup;
import dev.switchboard.domain.call.Call;

class KeepAliveService implements KeepAliveUseCase {

    private final OutboundPorts ports;
    private final ResourceLookup lookup;
    private final LifecycleSchedule schedule;

    KeepAliveService(OutboundPorts ports, ResourceLookup lookup, LifecycleSchedule schedule) {
        this.ports = ports;
        this.lookup = lookup;
        this.schedule = schedule;
    }

    @Override
    public Call keepAlive(KeepAliveCommand command) {
        return ports.transactions().inTransaction(() -> {
            Call kept = ports.calls().update(
                    lookup.call(command.tenantId(), command.callId()).keepAlive(ports.clock().instant()));
            schedule.keptAlive(kept);
            return kept;
        });
    }
}
