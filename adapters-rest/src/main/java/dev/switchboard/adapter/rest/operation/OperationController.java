package dev.switchboard.adapter.rest.operation;

import dev.switchboard.adapter.rest.odata.GraphPaths;
import dev.switchboard.adapter.rest.odata.GraphRequest;
import dev.switchboard.adapter.rest.odata.ODataResponses;
import dev.switchboard.adapter.rest.support.Blocking;
import dev.switchboard.adapter.rest.support.Ids;
import dev.switchboard.application.port.in.operation.OperationQueries;
import dev.switchboard.application.port.in.operation.OperationQueries.GetOperationQuery;
import dev.switchboard.application.port.in.operation.UpdateOperationCommand;
import dev.switchboard.application.port.in.operation.UpdateOperationUseCase;
import dev.switchboard.domain.common.CallId;
import dev.switchboard.domain.common.OperationId;
import dev.switchboard.domain.operation.CommsOperation;

import dev.switchboard.application.port.in.access.Permission;
import dev.switchboard.application.port.in.access.Requires;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;
import tools.jackson.databind.node.ObjectNode;

/**
 * A call's operations, at the address that {@code invite} and {@code mute} return as {@code Location}: read one,
 * and PATCH it (seed 002, whose page lost this URI).
 */
@RestController
@RequestMapping(GraphPaths.CALL + "/operations/{operationId}")
class OperationController {

    private final OperationQueries operations;
    private final UpdateOperationUseCase update;
    private final OperationJsonMapper mapper;
    private final ODataResponses responses;

    OperationController(OperationQueries operations, UpdateOperationUseCase update, OperationJsonMapper mapper,
                        ODataResponses responses) {
        this.operations = operations;
        this.update = update;
        this.mapper = mapper;
        this.responses = responses;
    }

    @Requires(Permission.CALLS)
    @GetMapping
    Mono<ResponseEntity<ObjectNode>> get(GraphRequest request, @PathVariable String callId,
                                         @PathVariable String operationId) {
        CallId call = Ids.call(callId);
        OperationId id = Ids.operation(operationId);
        return Blocking.call(() -> operations.get(new GetOperationQuery(request.tenantId(), call, id)))
                .map(operation -> {
                    request.query();
                    return responses.ok(request, entity(call), body(request, operation));
                });
    }

    @Requires(Permission.CALLS)
    @PatchMapping
    Mono<ResponseEntity<ObjectNode>> update(GraphRequest request, @PathVariable String callId,
                                            @PathVariable String operationId) {
        CallId call = Ids.call(callId);
        OperationId id = Ids.operation(operationId);
        Mono<?> exists = Blocking.call(() -> operations.get(new GetOperationQuery(request.tenantId(), call, id)));
        return request.read(OperationReader::patch, exists)
                .flatMap(patch -> Blocking.call(() -> update.update(
                        new UpdateOperationCommand(request.tenantId(), call, id, patch, request.ifMatch()))))
                .map(operation -> responses.ok(request, entity(call), body(request, operation)));
    }

    private ObjectNode body(GraphRequest request, CommsOperation operation) {
        return responses.entity(mapper.toJson(operation, request.wire()), operation.version());
    }

    private static String entity(CallId call) {
        return "communications/calls(" + Ids.quoted(call) + ")/operations/$entity";
    }
}
