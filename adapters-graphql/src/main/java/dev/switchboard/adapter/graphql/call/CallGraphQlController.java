package dev.switchboard.adapter.graphql.call;

import dev.switchboard.adapter.graphql.support.Blocking;
import dev.switchboard.adapter.graphql.support.Connection;
import dev.switchboard.adapter.graphql.support.Inputs;
import dev.switchboard.adapter.graphql.support.Paging;
import dev.switchboard.application.port.in.call.CallQueries;
import dev.switchboard.application.port.in.call.CallQueries.GetCallQuery;
import dev.switchboard.application.port.in.call.CallQueries.ListCallsQuery;
import dev.switchboard.application.port.in.call.CreateCallCommand;
import dev.switchboard.application.port.in.call.CreateCallUseCase;
import dev.switchboard.application.port.in.call.HangUpCallCommand;
import dev.switchboard.application.port.in.call.HangUpCallUseCase;
import dev.switchboard.application.port.paging.PageRequest;
import dev.switchboard.domain.call.NewCall;
import dev.switchboard.domain.common.CallId;

import dev.switchboard.application.port.in.access.Caller;
import dev.switchboard.application.port.in.access.Permission;
import dev.switchboard.application.port.in.access.Requires;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import reactor.core.publisher.Mono;

/** Calls: read one, list them, place one, hang one up. */
@Controller
class CallGraphQlController {

    private final CallQueries calls;
    private final CreateCallUseCase create;
    private final HangUpCallUseCase hangUp;
    private final CallViewMapper mapper;

    CallGraphQlController(CallQueries calls, CreateCallUseCase create, HangUpCallUseCase hangUp, CallViewMapper mapper) {
        this.calls = calls;
        this.create = create;
        this.hangUp = hangUp;
        this.mapper = mapper;
    }

    @Requires(Permission.CALLS)
    @QueryMapping
    Mono<CallView> call(@Argument String id, Caller caller) {
        CallId callId = Inputs.key("id", id, CallId::of);
        return Blocking.call(() -> calls.get(new GetCallQuery(caller.tenantId(), callId))).map(mapper::toView);
    }

    @Requires(Permission.CALLS)
    @QueryMapping
    Mono<Connection<CallView>> calls(@Argument Integer first, @Argument String after, Caller caller) {
        PageRequest page = Paging.request(first, after, CallQueries.MAX_PAGE_SIZE);
        return Blocking.call(() -> Paging.connection(
                Paging.list(() -> calls.list(new ListCallsQuery(caller.tenantId(), page))),
                calls::cursorOf, mapper::toView));
    }

    @Requires(Permission.PLACE_CALLS)
    @MutationMapping
    Mono<CreateCallPayload> createCall(@Argument CreateCallInput input, Caller caller) {
        NewCall call = CallInputs.newCall(input);
        // which kind of call this is (two parties, a group, a meeting; hosted media) decides what it needs
        Permission.toPlace(call).forEach(caller::require);
        return Blocking.call(() -> create.create(new CreateCallCommand(caller.tenantId(), caller.applicationId(), call)))
                .map(placed -> new CreateCallPayload(mapper.toView(placed)));
    }

    @Requires(Permission.CALLS)
    @MutationMapping
    Mono<HangUpCallPayload> hangUpCall(@Argument HangUpCallInput input, Caller caller) {
        CallId callId = Inputs.key("callId", input.callId(), CallId::of);
        return Blocking.call(() -> hangUp.hangUp(new HangUpCallCommand(caller.tenantId(), callId)))
                .map(ended -> new HangUpCallPayload(mapper.toView(ended)));
    }
}
