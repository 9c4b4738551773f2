package dev.switchboard.application.service;

import dev.switchboard.application.port.in.call.CallQueries;
import dev.switchboard.application.port.in.call.CreateCallUseCase;
import dev.switchboard.application.port.in.call.HangUpCallUseCase;
import dev.switchboard.application.port.in.call.KeepAliveUseCase;
import dev.switchboard.application.port.in.callrecord.CallRecordQueries;
import dev.switchboard.application.port.in.callrecord.CreateCallRecordUseCase;
import dev.switchboard.application.port.in.callrecord.PurgeExpiredCallRecordsUseCase;
import dev.switchboard.application.port.in.callrecord.UpdateCallRecordUseCase;
import dev.switchboard.application.port.in.event.CallEventSubscriptions;
import dev.switchboard.application.port.in.lifecycle.RunDueLifecycleWorkUseCase;
import dev.switchboard.application.port.in.notification.CallbackDeliveryQueries;
import dev.switchboard.application.port.in.notification.PurgeCallbackHistoryUseCase;
import dev.switchboard.application.port.in.operation.OperationQueries;
import dev.switchboard.application.port.in.operation.UpdateOperationUseCase;
import dev.switchboard.application.port.in.participant.AddParticipantUseCase;
import dev.switchboard.application.port.in.participant.InviteParticipantsUseCase;
import dev.switchboard.application.port.in.participant.MuteParticipantUseCase;
import dev.switchboard.application.port.in.participant.ParticipantQueries;
import dev.switchboard.application.port.in.participant.RemoveParticipantUseCase;
import dev.switchboard.application.port.in.participant.UpdateParticipantUseCase;
import dev.switchboard.application.port.in.subscription.CreateSubscriptionUseCase;
import dev.switchboard.application.port.in.subscription.DeleteSubscriptionUseCase;
import dev.switchboard.application.port.in.subscription.PurgeExpiredSubscriptionsUseCase;
import dev.switchboard.application.port.in.subscription.RenewSubscriptionUseCase;
import dev.switchboard.application.port.in.subscription.SubscriptionQueries;
import dev.switchboard.application.port.out.OutboundPorts;
import dev.switchboard.application.service.call.CallServices;
import dev.switchboard.application.service.callrecord.CallRecordServices;
import dev.switchboard.application.service.event.EventServices;
import dev.switchboard.application.service.lifecycle.LifecycleServices;
import dev.switchboard.application.service.notification.NotificationServices;
import dev.switchboard.application.service.operation.OperationServices;
import dev.switchboard.application.service.participant.ParticipantServices;
import dev.switchboard.application.service.subscription.SubscriptionServices;

/**
 * Switchboard's core, assembled: every use case, built over the outbound ports it is given. This is the one way to
 * construct the services, used by the Spring wiring in {@code app} and by programs that embed the core without any
 * framework:
 *
 * <pre>{@code
 * SwitchboardCore core = SwitchboardCore.assemble(ports, CoreSettings.defaults());
 * Call call = core.createCall().create(new CreateCallCommand(tenant, appId, newCall));
 * }</pre>
 */
public final class SwitchboardCore {

    private final CallServices calls;
    private final ParticipantServices participants;
    private final OperationServices operations;
    private final CallRecordServices callRecords;
    private final EventServices events;
    private final LifecycleServices lifecycle;
    private final SubscriptionServices subscriptions;
    private final NotificationServices notifications;

    private SwitchboardCore(OutboundPorts ports, CoreSettings settings) {
        ResourceLookup lookup = new ResourceLookup(ports, settings);
        this.calls = new CallServices(ports, lookup);
        this.participants = new ParticipantServices(ports, lookup);
        this.operations = new OperationServices(ports, lookup);
        this.callRecords = new CallRecordServices(ports, lookup);
        this.events = new EventServices(ports.eventSource());
        this.lifecycle = new LifecycleServices(ports, settings);
        this.subscriptions = new SubscriptionServices(ports);
        this.notifications = new NotificationServices(ports, lookup);
    }

    public static SwitchboardCore assemble(OutboundPorts ports, CoreSettings settings) {
        return new SwitchboardCore(ports, settings);
    }

    public CreateCallUseCase createCall() {
        return calls.createCall();
    }

    public HangUpCallUseCase hangUpCall() {
        return calls.hangUpCall();
    }

    public KeepAliveUseCase keepAlive() {
        return calls.keepAlive();
    }

    public CallQueries callQueries() {
        return calls.queries();
    }

    public AddParticipantUseCase addParticipant() {
        return participants.addParticipant();
    }

    public InviteParticipantsUseCase inviteParticipants() {
        return participants.inviteParticipants();
    }

    public UpdateParticipantUseCase updateParticipant() {
        return participants.updateParticipant();
    }

    public MuteParticipantUseCase muteParticipant() {
        return participants.muteParticipant();
    }

    public RemoveParticipantUseCase removeParticipant() {
        return participants.removeParticipant();
    }

    public ParticipantQueries participantQueries() {
        return participants.queries();
    }

    public UpdateOperationUseCase updateOperation() {
        return operations.updateOperation();
    }

    public OperationQueries operationQueries() {
        return operations.queries();
    }

    public CreateCallRecordUseCase createCallRecord() {
        return callRecords.createCallRecord();
    }

    public UpdateCallRecordUseCase updateCallRecord() {
        return callRecords.updateCallRecord();
    }

    public CallRecordQueries callRecordQueries() {
        return callRecords.queries();
    }

    /** The retention purge, for a scheduler to call. */
    public PurgeExpiredCallRecordsUseCase purgeExpiredCallRecords() {
        return callRecords.purgeExpired();
    }

    public CallEventSubscriptions callEventSubscriptions() {
        return events.subscriptions();
    }

    /** The lifecycle engine's step, for a scheduler to call. */
    public RunDueLifecycleWorkUseCase runDueLifecycleWork() {
        return lifecycle.runDueWork();
    }

    public CreateSubscriptionUseCase createSubscription() {
        return subscriptions.createSubscription();
    }

    public RenewSubscriptionUseCase renewSubscription() {
        return subscriptions.renewSubscription();
    }

    public DeleteSubscriptionUseCase deleteSubscription() {
        return subscriptions.deleteSubscription();
    }

    public SubscriptionQueries subscriptionQueries() {
        return subscriptions.queries();
    }

    /** The purge of expired subscriptions, for a scheduler to call. */
    public PurgeExpiredSubscriptionsUseCase purgeExpiredSubscriptions() {
        return subscriptions.purgeExpired();
    }

    public CallbackDeliveryQueries callbackDeliveryQueries() {
        return notifications.queries();
    }

    /** The purge of old callback delivery attempts, for a scheduler to call. */
    public PurgeCallbackHistoryUseCase purgeCallbackHistory() {
        return notifications.purgeHistory();
    }
}
