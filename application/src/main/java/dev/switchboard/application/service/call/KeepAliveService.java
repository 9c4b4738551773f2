package dev.switchboard.application.service.call;

import dev.switchboard.application.port.in.call.KeepAliveCommand;
import dev.switchboard.application.port.in.call.KeepAliveUseCase;
import dev.switchboard.application.port.out.OutboundPorts;
import dev.switchboard.application.service.ResourceLookup;
import dev.switchboard.domain.call.Call;

class KeepAliveService implements KeepAliveUseCase {

    private final OutboundPorts ports;
    private final ResourceLookup lookup;

    KeepAliveService(OutboundPorts ports, ResourceLookup lookup) {
        this.ports = ports;
        this.lookup = lookup;
    }

    @Override
    public Call keepAlive(KeepAliveCommand command) {
        return ports.transactions().inTransaction(() -> ports.calls().update(
                lookup.call(command.tenantId(), command.callId()).keepAlive(ports.clock().instant())));
    }
}
