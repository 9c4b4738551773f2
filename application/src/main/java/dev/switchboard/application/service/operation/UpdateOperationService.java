package dev.switchboard.application.service.operation;

import dev.switchboard.application.port.in.operation.UpdateOperationCommand;
import dev.switchboard.application.port.in.operation.UpdateOperationUseCase;
import dev.switchboard.application.port.out.OutboundPorts;
import dev.switchboard.application.service.ResourceLookup;
import dev.switchboard.application.service.WriteChecks;
import dev.switchboard.domain.call.Call;
import dev.switchboard.domain.event.OperationProgressed;
import dev.switchboard.domain.operation.CommsOperation;

class UpdateOperationService implements UpdateOperationUseCase {

    private final OutboundPorts ports;
    private final ResourceLookup lookup;
    private final OperationEffects effects;

    UpdateOperationService(OutboundPorts ports, ResourceLookup lookup, OperationEffects effects) {
        this.ports = ports;
        this.lookup = lookup;
        this.effects = effects;
    }

    @Override
    public CommsOperation update(UpdateOperationCommand command) {
        return WriteChecks.retryingLostRaces(command.expectedVersion(), () -> ports.transactions().inTransaction(() -> {
            Call call = lookup.call(command.tenantId(), command.callId());
            CommsOperation stored = lookup.operation(command.tenantId(), command.callId(), command.operationId());
            CommsOperation updated = WriteChecks.applyUnder(command.expectedVersion(), stored.version(), () -> {
                CommsOperation changed = stored.update(command.patch(), ports.clock().instant());
                if (changed != stored) {
                    call.requireActive();
                }
                return changed;
            });
            if (updated == stored) {
                return stored;
            }
            CommsOperation saved = WriteChecks.save(() -> ports.operations().update(updated));
            ports.events().publish(new OperationProgressed(saved));
            effects.applyCompleted(saved);
            return saved;
        }));
    }
}
