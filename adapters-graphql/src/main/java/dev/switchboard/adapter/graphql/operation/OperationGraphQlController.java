package dev.switchboard.adapter.graphql.operation;

import dev.switchboard.adapter.graphql.support.Blocking;
import dev.switchboard.adapter.graphql.support.ETags;
import dev.switchboard.adapter.graphql.support.GraphValueReaders;
import dev.switchboard.adapter.graphql.support.Inputs;
import dev.switchboard.application.port.in.operation.OperationQueries;
import dev.switchboard.application.port.in.operation.OperationQueries.GetOperationQuery;
import dev.switchboard.application.port.in.operation.UpdateOperationCommand;
import dev.switchboard.application.port.in.operation.UpdateOperationUseCase;
import dev.switchboard.domain.common.CallId;
import dev.switchboard.domain.common.OperationId;
import dev.switchboard.domain.common.Patch;
import dev.switchboard.domain.error.Violations;
import dev.switchboard.domain.operation.OperationPatch;

import dev.switchboard.application.port.in.access.Caller;
import dev.switchboard.application.port.in.access.Permission;
import dev.switchboard.application.port.in.access.Requires;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import reactor.core.publisher.Mono;

/** A call's operations: read one, and update it (its clientContext, or as the simulator's control its status). */
@Controller
class OperationGraphQlController {

    private final OperationQueries operations;
    private final UpdateOperationUseCase update;
    private final OperationViews views;

    OperationGraphQlController(OperationQueries operations, UpdateOperationUseCase update, OperationViews views) {
        this.operations = operations;
        this.update = update;
        this.views = views;
    }

    @Requires(Permission.CALLS)
    @QueryMapping
    Mono<CommsOperationView> operation(@Argument String callId, @Argument String id, Caller caller) {
        Violations violations = new Violations();
        CallId call = Inputs.key(violations, "callId", callId, CallId::of);
        OperationId operation = Inputs.key(violations, "id", id, OperationId::of);
        violations.throwIfAny();
        return Blocking.call(() -> operations.get(new GetOperationQuery(caller.tenantId(), call, operation)))
                .map(views::toView);
    }

    @Requires(Permission.CALLS)
    @MutationMapping
    Mono<UpdateOperationPayload> updateOperation(@Argument UpdateOperationInput input, Caller caller) {
        Violations violations = new Violations();
        CallId call = Inputs.key(violations, "callId", input.callId(), CallId::of);
        OperationId operation = Inputs.key(violations, "id", input.id(), OperationId::of);
        OperationPatch patch = new OperationPatch(
                Patch.absent(),
                Inputs.patch(input.status()),
                Inputs.patch(input.clientContext()),
                Inputs.patch(input.resultInfo(), info -> GraphValueReaders.resultInfo(info, "resultInfo", violations)),
                Inputs.patch(input.participants(), invitees -> Inputs.each(invitees, "participants", violations,
                        GraphValueReaders::invitee)));
        violations.throwIfAny();
        return Blocking.call(() -> update.update(new UpdateOperationCommand(caller.tenantId(), call, operation, patch,
                        ETags.expected(input.ifMatch()))))
                .map(updated -> new UpdateOperationPayload(views.toView(updated)));
    }
}
