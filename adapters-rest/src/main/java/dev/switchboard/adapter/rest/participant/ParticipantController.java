package dev.switchboard.adapter.rest.participant;

import dev.switchboard.adapter.rest.odata.GraphPaths;
import dev.switchboard.adapter.rest.odata.GraphRequest;
import dev.switchboard.adapter.rest.odata.ODataResponses;
import dev.switchboard.adapter.rest.odata.Projection;
import dev.switchboard.adapter.rest.odata.QueryOption;
import dev.switchboard.adapter.rest.operation.OperationJsonMapper;
import dev.switchboard.adapter.rest.support.Blocking;
import dev.switchboard.adapter.rest.support.Ids;
import dev.switchboard.application.port.in.call.CallQueries;
import dev.switchboard.application.port.in.call.CallQueries.GetCallQuery;
import dev.switchboard.application.port.in.participant.AddParticipantCommand;
import dev.switchboard.application.port.in.participant.AddParticipantUseCase;
import dev.switchboard.application.port.in.participant.InviteParticipantsCommand;
import dev.switchboard.application.port.in.participant.InviteParticipantsUseCase;
import dev.switchboard.application.port.in.participant.MuteParticipantCommand;
import dev.switchboard.application.port.in.participant.MuteParticipantUseCase;
import dev.switchboard.application.port.in.participant.ParticipantQueries;
import dev.switchboard.application.port.in.participant.ParticipantQueries.GetParticipantQuery;
import dev.switchboard.application.port.in.participant.ParticipantQueries.ListParticipantsQuery;
import dev.switchboard.application.port.in.participant.RemoveParticipantCommand;
import dev.switchboard.application.port.in.participant.RemoveParticipantUseCase;
import dev.switchboard.application.port.in.participant.UpdateParticipantCommand;
import dev.switchboard.application.port.in.participant.UpdateParticipantUseCase;
import dev.switchboard.domain.common.CallId;
import dev.switchboard.domain.common.ParticipantId;
import dev.switchboard.domain.operation.CommsOperation;
import dev.switchboard.domain.participant.Participant;


import dev.switchboard.application.port.in.access.Permission;
import dev.switchboard.application.port.in.access.Requires;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;
import tools.jackson.databind.node.ObjectNode;

/**
 * A call's roster: list, read, add (seed 001, also at {@code /$ref}, and beta seed 003 through the legacy roots),
 * update (seed 000), remove, and the actions {@code invite} and {@code mute}, which answer with the operation they
 * start. Actions are served by their short name and by their namespace-qualified name.
 */
@RestController
@RequestMapping(GraphPaths.CALL + "/participants")
class ParticipantController {

    private final ParticipantQueries participants;
    private final CallQueries calls;
    private final AddParticipantUseCase add;
    private final UpdateParticipantUseCase update;
    private final RemoveParticipantUseCase remove;
    private final InviteParticipantsUseCase invite;
    private final MuteParticipantUseCase mute;
    private final ParticipantJsonMapper mapper;
    private final OperationJsonMapper operationMapper;
    private final ODataResponses responses;

    ParticipantController(ParticipantQueries participants, CallQueries calls, AddParticipantUseCase add,
                          UpdateParticipantUseCase update, RemoveParticipantUseCase remove,
                          InviteParticipantsUseCase invite, MuteParticipantUseCase mute, ParticipantJsonMapper mapper,
                          OperationJsonMapper operationMapper, ODataResponses responses) {
        this.participants = participants;
        this.calls = calls;
        this.add = add;
        this.update = update;
        this.remove = remove;
        this.invite = invite;
        this.mute = mute;
        this.mapper = mapper;
        this.operationMapper = operationMapper;
        this.responses = responses;
    }

    @Requires(Permission.CALLS)
    @GetMapping
    Mono<ResponseEntity<ObjectNode>> list(GraphRequest request, @PathVariable String callId) {
        CallId call = Ids.call(callId);
        return request.parse(() -> new Listing(new ListParticipantsQuery(request.tenantId(), call, request.page()),
                        Projection.of(request.query(QueryOption.SKIPTOKEN, QueryOption.SELECT), ParticipantJson.class)),
                        callExists(request, call))
                .flatMap(listing -> Blocking.call(() -> participants.list(listing.query()))
                        .map(page -> responses.page(request, collection(call) + listing.projection().contextSuffix(),
                                page, participant -> listing.projection().apply(body(request, participant)))));
    }

    @Requires(Permission.INVITE_PARTICIPANTS)
    @PostMapping({"", "/$ref"})
    Mono<ResponseEntity<ObjectNode>> add(GraphRequest request, @PathVariable String callId) {
        CallId call = Ids.call(callId);
        return request.read(ParticipantReader::newParticipant, callExists(request, call))
                .flatMap(spec -> Blocking.call(() -> add.add(new AddParticipantCommand(request.tenantId(), call, spec))))
                .map(participant -> responses.created(request, entity(call), body(request, participant),
                        "communications/calls/" + call + "/participants/" + participant.id()));
    }

    @Requires(Permission.PARTICIPANTS)
    @GetMapping("/{participantId}")
    Mono<ResponseEntity<ObjectNode>> get(GraphRequest request, @PathVariable String callId,
                                         @PathVariable String participantId) {
        CallId call = Ids.call(callId);
        ParticipantId id = Ids.participant(participantId);
        return Blocking.call(() -> participants.get(new GetParticipantQuery(request.tenantId(), call, id)))
                .map(participant -> {
                    Projection projection = Projection.of(request.query(QueryOption.SELECT), ParticipantJson.class);
                    return responses.ok(request, collection(call) + projection.contextSuffix() + "/$entity",
                            projection.apply(body(request, participant)));
                });
    }

    @Requires(Permission.PARTICIPANTS)
    @PatchMapping("/{participantId}")
    Mono<ResponseEntity<ObjectNode>> update(GraphRequest request, @PathVariable String callId,
                                            @PathVariable String participantId) {
        CallId call = Ids.call(callId);
        ParticipantId id = Ids.participant(participantId);
        return request.read(ParticipantReader::patch, participantExists(request, call, id))
                .flatMap(patch -> Blocking.call(() -> update.update(
                        new UpdateParticipantCommand(request.tenantId(), call, id, patch, request.ifMatch()))))
                .map(participant -> responses.ok(request, entity(call), body(request, participant)));
    }

    @Requires(Permission.PARTICIPANTS)
    @DeleteMapping("/{participantId}")
    Mono<ResponseEntity<Void>> remove(GraphRequest request, @PathVariable String callId,
                                      @PathVariable String participantId) {
        CallId call = Ids.call(callId);
        ParticipantId id = Ids.participant(participantId);
        return request.parse(() -> request.query(), participantExists(request, call, id))
                .then(Blocking.run(() -> remove.remove(
                        new RemoveParticipantCommand(request.tenantId(), call, id, request.ifMatch()))))
                .then(Mono.fromSupplier(responses::noContent));
    }

    @Requires(Permission.INVITE_PARTICIPANTS)
    @PostMapping({"/invite", "/microsoft.graph.invite"})
    Mono<ResponseEntity<ObjectNode>> invite(GraphRequest request, @PathVariable String callId) {
        CallId call = Ids.call(callId);
        return request.read(ParticipantReader::invitation, callExists(request, call))
                .flatMap(command -> Blocking.call(() -> invite.invite(new InviteParticipantsCommand(request.tenantId(),
                        call, command.participants(), command.clientContext()))))
                .map(operation -> started(request, call, operation, "inviteParticipantsOperation"));
    }

    @Requires(Permission.PARTICIPANTS)
    @PostMapping({"/{participantId}/mute", "/{participantId}/microsoft.graph.mute"})
    Mono<ResponseEntity<ObjectNode>> mute(GraphRequest request, @PathVariable String callId,
                                          @PathVariable String participantId) {
        CallId call = Ids.call(callId);
        ParticipantId id = Ids.participant(participantId);
        return request.readOptional(ParticipantReader::clientContext, participantExists(request, call, id))
                .flatMap(clientContext -> Blocking.call(() -> mute.mute(new MuteParticipantCommand(request.tenantId(),
                        call, id, clientContext.orElse(null)))))
                .map(operation -> started(request, call, operation, "muteParticipantOperation"));
    }

    private record Listing(ListParticipantsQuery query, Projection projection) {
    }

    private ResponseEntity<ObjectNode> started(GraphRequest request, CallId call, CommsOperation operation,
                                               String graphType) {
        ObjectNode body = responses.entity(operationMapper.toJson(operation, request.wire()), operation.version());
        return responses.accepted(request, "microsoft.graph." + graphType, body,
                "communications/calls/" + call + "/operations/" + operation.id());
    }

    private ObjectNode body(GraphRequest request, Participant participant) {
        return responses.entity(mapper.toJson(participant, request.wire()), participant.version());
    }

    private Mono<?> callExists(GraphRequest request, CallId call) {
        return Blocking.call(() -> calls.get(new GetCallQuery(request.tenantId(), call)));
    }

    private Mono<?> participantExists(GraphRequest request, CallId call, ParticipantId id) {
        return Blocking.call(() -> participants.get(new GetParticipantQuery(request.tenantId(), call, id)));
    }

    private static String collection(CallId call) {
        return "communications/calls(" + Ids.quoted(call) + ")/participants";
    }

    private static String entity(CallId call) {
        return collection(call) + "/$entity";
    }
}
