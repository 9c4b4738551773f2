package dev.switchboard.adapter.rest.call;

import dev.switchboard.adapter.rest.odata.GraphPaths;
import dev.switchboard.adapter.rest.odata.GraphRequest;
import dev.switchboard.adapter.rest.odata.ODataResponses;
import dev.switchboard.adapter.rest.odata.Projection;
import dev.switchboard.adapter.rest.odata.QueryOption;
import dev.switchboard.adapter.rest.support.Blocking;
import dev.switchboard.adapter.rest.support.Ids;
import dev.switchboard.application.port.in.call.CallQueries;
import dev.switchboard.application.port.in.call.CallQueries.GetCallQuery;
import dev.switchboard.application.port.in.call.CallQueries.ListCallsQuery;
import dev.switchboard.application.port.in.call.CreateCallCommand;
import dev.switchboard.application.port.in.call.CreateCallUseCase;
import dev.switchboard.application.port.in.call.HangUpCallCommand;
import dev.switchboard.application.port.in.call.HangUpCallUseCase;
import dev.switchboard.application.port.in.call.KeepAliveCommand;
import dev.switchboard.application.port.in.call.KeepAliveUseCase;
import dev.switchboard.domain.call.Call;
import dev.switchboard.domain.common.CallId;

import dev.switchboard.application.port.in.access.Permission;
import dev.switchboard.application.port.in.access.Requires;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;
import tools.jackson.databind.node.ObjectNode;

/** Calls: place one, read one or all (paged), hang up, keep alive. */
@RestController
class CallController {

    private static final String ENTITY = "communications/calls/$entity";

    private final CallQueries calls;
    private final CreateCallUseCase create;
    private final HangUpCallUseCase hangUp;
    private final KeepAliveUseCase keepAlive;
    private final CallJsonMapper mapper;
    private final ODataResponses responses;

    CallController(CallQueries calls, CreateCallUseCase create, HangUpCallUseCase hangUp, KeepAliveUseCase keepAlive,
                   CallJsonMapper mapper, ODataResponses responses) {
        this.calls = calls;
        this.create = create;
        this.hangUp = hangUp;
        this.keepAlive = keepAlive;
        this.mapper = mapper;
        this.responses = responses;
    }

    @Requires(Permission.PLACE_CALLS)
    @PostMapping(GraphPaths.CALLS)
    Mono<ResponseEntity<ObjectNode>> create(GraphRequest request) {
        return request.read(CallReader::newCall, Mono.empty())
                // which kind of call this is (two parties, a group, a meeting; hosted media) decides what it needs
                .doOnNext(spec -> Permission.toPlace(spec).forEach(request.caller()::require))
                .flatMap(spec -> Blocking.call(() -> create.create(new CreateCallCommand(request.tenantId(),
                        request.caller().applicationId(), spec))))
                .map(call -> responses.created(request, ENTITY, body(request, call), "communications/calls/" + call.id()));
    }

    @Requires(Permission.CALLS)
    @GetMapping(GraphPaths.CALLS)
    Mono<ResponseEntity<ObjectNode>> list(GraphRequest request) {
        return request.parse(() -> new Listing(new ListCallsQuery(request.tenantId(), request.page()),
                        Projection.of(request.query(QueryOption.SKIPTOKEN, QueryOption.SELECT), CallJson.class)),
                        Mono.empty())
                .flatMap(listing -> Blocking.call(() -> calls.list(listing.query()))
                        .map(page -> responses.page(request, "communications/calls" + listing.projection().contextSuffix(),
                                page, call -> listing.projection().apply(body(request, call)))));
    }

    @Requires(Permission.CALLS)
    @GetMapping(GraphPaths.CALL)
    Mono<ResponseEntity<ObjectNode>> get(GraphRequest request, @PathVariable String callId) {
        CallId id = Ids.call(callId);
        return Blocking.call(() -> calls.get(new GetCallQuery(request.tenantId(), id)))
                .map(call -> {
                    Projection projection = Projection.of(request.query(QueryOption.SELECT), CallJson.class);
                    return responses.ok(request, "communications/calls" + projection.contextSuffix() + "/$entity",
                            projection.apply(body(request, call)));
                });
    }

    /** Hangs up the application's leg: {@code 204}, and from then on the call reads as {@code terminated}. */
    @Requires(Permission.CALLS)
    @DeleteMapping(GraphPaths.CALL)
    Mono<ResponseEntity<Void>> hangUp(GraphRequest request, @PathVariable String callId) {
        CallId id = Ids.call(callId);
        return request.parse(() -> request.query(), callExists(request, id))
                .then(Blocking.run(() -> hangUp.hangUp(new HangUpCallCommand(request.tenantId(), id))))
                .then(Mono.fromSupplier(responses::noContent));
    }

    @Requires(Permission.CALLS)
    @PostMapping({GraphPaths.CALL + "/keepAlive", GraphPaths.CALL + "/microsoft.graph.keepAlive"})
    Mono<ResponseEntity<Void>> keepAlive(GraphRequest request, @PathVariable String callId) {
        CallId id = Ids.call(callId);
        return request.readOptional(body -> body, callExists(request, id))
                .then(Blocking.run(() -> keepAlive.keepAlive(new KeepAliveCommand(request.tenantId(), id))))
                .then(Mono.fromSupplier(() -> ResponseEntity.ok().<Void>build()));
    }

    private record Listing(ListCallsQuery query, Projection projection) {
    }

    private ObjectNode body(GraphRequest request, Call call) {
        return responses.entity(mapper.toJson(call, request.wire()), null);
    }

    private Mono<?> callExists(GraphRequest request, CallId id) {
        return Blocking.call(() -> calls.get(new GetCallQuery(request.tenantId(), id)));
    }
}
