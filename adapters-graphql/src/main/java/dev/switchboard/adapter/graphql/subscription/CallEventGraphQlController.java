package dev.switchboard.adapter.graphql.subscription;

import dev.switchboard.adapter.graphql.call.CallView;
import dev.switchboard.adapter.graphql.call.CallViewMapper;
import dev.switchboard.adapter.graphql.callrecord.CallRecordView;
import dev.switchboard.adapter.graphql.callrecord.CallRecordViewMapper;
import dev.switchboard.adapter.graphql.operation.CommsOperationView;
import dev.switchboard.adapter.graphql.operation.OperationViews;
import dev.switchboard.adapter.graphql.participant.ParticipantViewMapper;
import dev.switchboard.adapter.graphql.support.Blocking;
import dev.switchboard.adapter.graphql.support.ChangeType;
import dev.switchboard.adapter.graphql.support.Inputs;
import dev.switchboard.application.port.in.call.CallQueries;
import dev.switchboard.application.port.in.call.CallQueries.GetCallQuery;
import dev.switchboard.application.port.in.event.CallEventSubscriptions;
import dev.switchboard.application.port.in.event.CallEventSubscriptions.SubscribeToCallEventsQuery;
import dev.switchboard.domain.common.CallId;
import dev.switchboard.domain.event.CallEvent;
import dev.switchboard.domain.event.CallRecordCreated;
import dev.switchboard.domain.event.CallStateChanged;
import dev.switchboard.domain.event.OperationProgressed;
import dev.switchboard.domain.event.ParticipantJoined;
import dev.switchboard.domain.event.ParticipantLeft;
import dev.switchboard.domain.event.ParticipantUpdated;

import java.util.Optional;

import dev.switchboard.application.port.in.access.Caller;
import dev.switchboard.application.port.in.access.Permission;
import dev.switchboard.application.port.in.access.Requires;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;

import reactor.core.publisher.Flux;

/**
 * Live events over WebSocket, whichever adapter caused them (a REST PATCH reaches a GraphQL subscriber too). The core
 * keeps each tenant's events to itself; a subscription to one call first checks that the caller can see the call.
 */
@Controller
class CallEventGraphQlController {

    private final CallEventSubscriptions subscriptions;
    private final CallQueries calls;
    private final CallViewMapper callViews;
    private final ParticipantViewMapper participantViews;
    private final OperationViews operationViews;
    private final CallRecordViewMapper callRecordViews;

    CallEventGraphQlController(CallEventSubscriptions subscriptions, CallQueries calls, CallViewMapper callViews,
                               ParticipantViewMapper participantViews, OperationViews operationViews,
                               CallRecordViewMapper callRecordViews) {
        this.subscriptions = subscriptions;
        this.calls = calls;
        this.callViews = callViews;
        this.participantViews = participantViews;
        this.operationViews = operationViews;
        this.callRecordViews = callRecordViews;
    }

    @Requires(Permission.CALLS)
    @SubscriptionMapping
    Flux<CallView> callStateChanged(@Argument String callId, Caller caller) {
        Flux<CallEvent> events = callId == null
                ? LiveEvents.of(subscriptions, new SubscribeToCallEventsQuery(caller.tenantId(), Optional.empty()))
                : ofCall(caller, callId);
        return events.ofType(CallStateChanged.class).map(changed -> callViews.toView(changed.call()));
    }

    @Requires(Permission.CALLS)
    @SubscriptionMapping
    Flux<ParticipantChangeView> participantsChanged(@Argument String callId, Caller caller) {
        return ofCall(caller, callId).handle((event, sink) -> {
            if (event instanceof ParticipantJoined joined) {
                sink.next(new ParticipantChangeView(ChangeType.CREATED, participantViews.toView(joined.participant())));
            } else if (event instanceof ParticipantUpdated updated) {
                sink.next(new ParticipantChangeView(ChangeType.UPDATED, participantViews.toView(updated.participant())));
            } else if (event instanceof ParticipantLeft left) {
                sink.next(new ParticipantChangeView(ChangeType.DELETED, participantViews.toView(left.participant())));
            }
        });
    }

    @Requires(Permission.CALLS)
    @SubscriptionMapping
    Flux<CommsOperationView> operationUpdated(@Argument String callId, Caller caller) {
        return ofCall(caller, callId).ofType(OperationProgressed.class)
                .map(progressed -> operationViews.toView(progressed.operation()));
    }

    @Requires(Permission.READ_CALL_RECORDS)
    @SubscriptionMapping
    Flux<CallRecordView> callRecordCreated(Caller caller) {
        return LiveEvents.of(subscriptions, new SubscribeToCallEventsQuery(caller.tenantId(), Optional.empty()))
                .ofType(CallRecordCreated.class)
                .map(created -> callRecordViews.full(created.callRecord()));
    }

    /** The events of one call, once the caller is known to see it (an unknown call ends the stream: not found). */
    private Flux<CallEvent> ofCall(Caller caller, String callId) {
        CallId call = Inputs.key("callId", callId, CallId::of);
        return Blocking.call(() -> calls.get(new GetCallQuery(caller.tenantId(), call)))
                .thenMany(LiveEvents.of(subscriptions, new SubscribeToCallEventsQuery(caller.tenantId(),
                        Optional.of(call))));
    }
}
