package dev.switchboard.application.service.operation;

import dev.switchboard.application.port.in.operation.OperationQueries;
import dev.switchboard.application.port.in.operation.UpdateOperationUseCase;
import dev.switchboard.application.port.out.OutboundPorts;
import dev.switchboard.application.service.ResourceLookup;

/** The operation use cases, built over the outbound ports. Only the core's assembly creates this. */
public final class OperationServices {

    private final UpdateOperationUseCase updateOperation;
    private final OperationQueries queries;

    public OperationServices(OutboundPorts ports, ResourceLookup lookup) {
        this.updateOperation = new UpdateOperationService(ports, lookup, new OperationEffects(ports));
        this.queries = new OperationQueryService(lookup);
    }

    public UpdateOperationUseCase updateOperation() {
        return updateOperation;
    }

    public OperationQueries queries() {
        return queries;
    }
}
