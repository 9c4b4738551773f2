package dev.switchboard.adapter.graphql.participant;

import dev.switchboard.adapter.graphql.operation.OperationViews;
import dev.switchboard.adapter.graphql.support.Blocking;
import dev.switchboard.adapter.graphql.support.Connection;
import dev.switchboard.adapter.graphql.support.ETags;
import dev.switchboard.adapter.graphql.support.GraphValueReaders;
import dev.switchboard.adapter.graphql.support.Inputs;
import dev.switchboard.adapter.graphql.support.Paging;
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
import dev.switchboard.application.port.paging.PageRequest;
import dev.switchboard.domain.common.CallId;
import dev.switchboard.domain.common.ParticipantId;
import dev.switchboard.domain.error.Violations;
import dev.switchboard.domain.participant.InvitationParticipantInfo;
import dev.switchboard.domain.participant.NewParticipant;
import dev.switchboard.domain.participant.ParticipantPatch;

import java.util.List;

import dev.switchboard.application.port.in.access.Caller;
import dev.switchboard.application.port.in.access.Permission;
import dev.switchboard.application.port.in.access.Requires;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import reactor.core.publisher.Mono;

/**
 * A call's roster: read and list participants, add one, update one (seed PATCH semantics), remove one, and the
 * actions invite and mute, which answer with the operation they start.
 */
@Controller
class ParticipantGraphQlController {

    private final ParticipantQueries participants;
    private final AddParticipantUseCase add;
    private final InviteParticipantsUseCase invite;
    private final UpdateParticipantUseCase update;
    private final MuteParticipantUseCase mute;
    private final RemoveParticipantUseCase remove;
    private final ParticipantViewMapper mapper;
    private final OperationViews operations;

    ParticipantGraphQlController(ParticipantQueries participants, AddParticipantUseCase add,
                                 InviteParticipantsUseCase invite, UpdateParticipantUseCase update,
                                 MuteParticipantUseCase mute, RemoveParticipantUseCase remove,
                                 ParticipantViewMapper mapper, OperationViews operations) {
        this.participants = participants;
        this.add = add;
        this.invite = invite;
        this.update = update;
        this.mute = mute;
        this.remove = remove;
        this.mapper = mapper;
        this.operations = operations;
    }

    @Requires(Permission.PARTICIPANTS)
    @QueryMapping
    Mono<ParticipantView> participant(@Argument String callId, @Argument String id, Caller caller) {
        Violations violations = new Violations();
        CallId call = Inputs.key(violations, "callId", callId, CallId::of);
        ParticipantId participant = Inputs.key(violations, "id", id, ParticipantId::of);
        violations.throwIfAny();
        return Blocking.call(() -> participants.get(new GetParticipantQuery(caller.tenantId(), call, participant)))
                .map(mapper::toView);
    }

    @Requires(Permission.CALLS)
    @QueryMapping
    Mono<Connection<ParticipantView>> participants(@Argument String callId, @Argument Integer first,
                                                   @Argument String after, Caller caller) {
        CallId call = Inputs.key("callId", callId, CallId::of);
        PageRequest page = Paging.request(first, after, ParticipantQueries.MAX_PAGE_SIZE);
        return Blocking.call(() -> Paging.connection(
                Paging.list(() -> participants.list(new ListParticipantsQuery(caller.tenantId(), call, page))),
                participants::cursorOf, mapper::toView));
    }

    @Requires(Permission.INVITE_PARTICIPANTS)
    @MutationMapping
    Mono<AddParticipantPayload> addParticipant(@Argument AddParticipantInput input, Caller caller) {
        Violations violations = new Violations();
        CallId call = Inputs.key(violations, "callId", input.callId(), CallId::of);
        NewParticipant participant = ParticipantInputs.newParticipant(input, violations);
        violations.throwIfAny();
        return Blocking.call(() -> add.add(new AddParticipantCommand(caller.tenantId(), call, participant)))
                .map(added -> new AddParticipantPayload(mapper.toView(added)));
    }

    @Requires(Permission.INVITE_PARTICIPANTS)
    @MutationMapping
    Mono<InviteParticipantsPayload> inviteParticipants(@Argument InviteParticipantsInput input,
                                                       Caller caller) {
        Violations violations = new Violations();
        CallId call = Inputs.key(violations, "callId", input.callId(), CallId::of);
        List<InvitationParticipantInfo> invitees = Inputs.each(input.participants(), "participants", violations,
                GraphValueReaders::invitee);
        violations.throwIfAny();
        return Blocking.call(() -> invite.invite(new InviteParticipantsCommand(caller.tenantId(), call, invitees,
                        input.clientContext())))
                .map(operation -> new InviteParticipantsPayload(operations.invitation(operation)));
    }

    @Requires(Permission.PARTICIPANTS)
    @MutationMapping
    Mono<UpdateParticipantPayload> updateParticipant(@Argument UpdateParticipantInput input,
                                                     Caller caller) {
        Violations violations = new Violations();
        CallId call = Inputs.key(violations, "callId", input.callId(), CallId::of);
        ParticipantId participant = Inputs.key(violations, "id", input.id(), ParticipantId::of);
        ParticipantPatch patch = ParticipantInputs.patch(input, violations);
        violations.throwIfAny();
        return Blocking.call(() -> update.update(new UpdateParticipantCommand(caller.tenantId(), call, participant,
                        patch, ETags.expected(input.ifMatch()))))
                .map(updated -> new UpdateParticipantPayload(mapper.toView(updated)));
    }

    @Requires(Permission.PARTICIPANTS)
    @MutationMapping
    Mono<MuteParticipantPayload> muteParticipant(@Argument MuteParticipantInput input, Caller caller) {
        Violations violations = new Violations();
        CallId call = Inputs.key(violations, "callId", input.callId(), CallId::of);
        ParticipantId participant = Inputs.key(violations, "id", input.id(), ParticipantId::of);
        violations.throwIfAny();
        return Blocking.call(() -> mute.mute(new MuteParticipantCommand(caller.tenantId(), call, participant,
                        input.clientContext())))
                .map(operation -> new MuteParticipantPayload(operations.mute(operation)));
    }

    @Requires(Permission.PARTICIPANTS)
    @MutationMapping
    Mono<RemoveParticipantPayload> removeParticipant(@Argument RemoveParticipantInput input,
                                                     Caller caller) {
        Violations violations = new Violations();
        CallId call = Inputs.key(violations, "callId", input.callId(), CallId::of);
        ParticipantId participant = Inputs.key(violations, "id", input.id(), ParticipantId::of);
        violations.throwIfAny();
        return Blocking.call(() -> remove.remove(new RemoveParticipantCommand(caller.tenantId(), call, participant,
                        ETags.expected(input.ifMatch()))))
                .map(removed -> new RemoveParticipantPayload(mapper.toView(removed)));
    }
}
