package dev.switchboard.application.service.operation;

import dev.switchboard.application.port.in.operation.OperationQueries;
import dev.switchboard.application.service.ResourceLookup;
import dev.switchboard.domain.operation.CommsOperation;

class OperationQueryService implements OperationQueries {

    private final ResourceLookup lookup;

    OperationQueryService(ResourceLookup lookup) {
        this.lookup = lookup;
    }

    @Override
    public CommsOperation get(GetOperationQuery query) {
        lookup.call(query.tenantId(), query.callId());
        return lookup.operation(query.tenantId(), query.callId(), query.operationId());
    }
}
