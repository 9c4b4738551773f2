package dev.switchboard.app.config;

import dev.switchboard.app.events.LiveEvents;
import dev.switchboard.app.ids.UuidIdGenerator;
import dev.switchboard.app.notifications.HttpSubscriptionValidator;
import dev.switchboard.app.notifications.OutboxCallEventPublisher;
import dev.switchboard.app.observability.OperationStatusMeter;
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
import dev.switchboard.application.port.out.CallEventPublisher;
import dev.switchboard.application.port.out.CallRecordRepository;
import dev.switchboard.application.port.out.CallRecordSearch;
import dev.switchboard.application.port.out.CallRepository;
import dev.switchboard.application.port.out.CallbackDeliveryLog;
import dev.switchboard.application.port.out.IdGenerator;
import dev.switchboard.application.port.out.LifecycleTimers;
import dev.switchboard.application.port.out.OperationRepository;
import dev.switchboard.application.port.out.OutboundPorts;
import dev.switchboard.application.port.out.ParticipantRepository;
import dev.switchboard.application.port.out.RosterSequence;
import dev.switchboard.application.port.out.SubscriptionRepository;
import dev.switchboard.application.port.out.TransactionRunner;
import dev.switchboard.application.service.CoreSettings;
import dev.switchboard.application.service.OperationDelay;
import dev.switchboard.application.service.SwitchboardCore;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.Duration;

/**
 * Builds the core explicitly, in one place: the outbound ports come from the driven adapters (the persistence
 * adapter's beans) and from here; every use case is then exposed as a bean of its port interface for the driving
 * adapters. No component scan reaches the core.
 */
@Configuration(proxyBeanMethods = false)
public class CoreConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    IdGenerator idGenerator() {
        return new UuidIdGenerator();
    }

    @Bean
    CoreSettings coreSettings(
            @Value("${switchboard.calls.terminated-retention:PT1H}") Duration terminatedCallRetention,
            @Value("${switchboard.call-records.retention:P30D}") Duration callRecordRetention,
            @Value("${switchboard.lifecycle.operation-delay:PT1S}") String operationDelay,
            @Value("${switchboard.calls.keep-alive-timeout:PT45M}") Duration keepAliveTimeout) {
        return new CoreSettings(terminatedCallRetention, callRecordRetention, OperationDelay.parse(operationDelay),
                keepAliveTimeout);
    }

    @Bean
    SwitchboardCore switchboardCore(CallRepository calls, ParticipantRepository participants,
                                    RosterSequence rosterSequence, OperationRepository operations,
                                    CallRecordRepository callRecords, CallRecordSearch callRecordSearch,
                                    IdGenerator ids, TransactionRunner transactions,
                                    OutboxCallEventPublisher publisher, LiveEvents liveEvents,
                                    LifecycleTimers timers, SubscriptionRepository subscriptions,
                                    HttpSubscriptionValidator subscriptionValidator,
                                    CallbackDeliveryLog callbackDeliveries, Clock clock,
                                    CoreSettings settings, MeterRegistry meters) {
        // the operation counter listens in front of the outbox: the core publishes events and knows no metrics
        CallEventPublisher events = new OperationStatusMeter(publisher, meters);
        return SwitchboardCore.assemble(new OutboundPorts(calls, participants, rosterSequence, operations,
                callRecords, callRecordSearch, ids, transactions, events, liveEvents.source(), timers, subscriptions,
                subscriptionValidator, callbackDeliveries, clock), settings);
    }

    @Bean
    CreateCallUseCase createCallUseCase(SwitchboardCore core) {
        return core.createCall();
    }

    @Bean
    HangUpCallUseCase hangUpCallUseCase(SwitchboardCore core) {
        return core.hangUpCall();
    }

    @Bean
    KeepAliveUseCase keepAliveUseCase(SwitchboardCore core) {
        return core.keepAlive();
    }

    @Bean
    CallQueries callQueries(SwitchboardCore core) {
        return core.callQueries();
    }

    @Bean
    AddParticipantUseCase addParticipantUseCase(SwitchboardCore core) {
        return core.addParticipant();
    }

    @Bean
    InviteParticipantsUseCase inviteParticipantsUseCase(SwitchboardCore core) {
        return core.inviteParticipants();
    }

    @Bean
    UpdateParticipantUseCase updateParticipantUseCase(SwitchboardCore core) {
        return core.updateParticipant();
    }

    @Bean
    MuteParticipantUseCase muteParticipantUseCase(SwitchboardCore core) {
        return core.muteParticipant();
    }

    @Bean
    RemoveParticipantUseCase removeParticipantUseCase(SwitchboardCore core) {
        return core.removeParticipant();
    }

    @Bean
    ParticipantQueries participantQueries(SwitchboardCore core) {
        return core.participantQueries();
    }

    @Bean
    UpdateOperationUseCase updateOperationUseCase(SwitchboardCore core) {
        return core.updateOperation();
    }

    @Bean
    OperationQueries operationQueries(SwitchboardCore core) {
        return core.operationQueries();
    }

    @Bean
    CreateCallRecordUseCase createCallRecordUseCase(SwitchboardCore core) {
        return core.createCallRecord();
    }

    @Bean
    UpdateCallRecordUseCase updateCallRecordUseCase(SwitchboardCore core) {
        return core.updateCallRecord();
    }

    @Bean
    CallRecordQueries callRecordQueries(SwitchboardCore core) {
        return core.callRecordQueries();
    }

    @Bean
    PurgeExpiredCallRecordsUseCase purgeExpiredCallRecordsUseCase(SwitchboardCore core) {
        return core.purgeExpiredCallRecords();
    }

    @Bean
    RunDueLifecycleWorkUseCase runDueLifecycleWorkUseCase(SwitchboardCore core) {
        return core.runDueLifecycleWork();
    }

    @Bean
    CallEventSubscriptions callEventSubscriptions(SwitchboardCore core) {
        return core.callEventSubscriptions();
    }

    @Bean
    CreateSubscriptionUseCase createSubscriptionUseCase(SwitchboardCore core) {
        return core.createSubscription();
    }

    @Bean
    RenewSubscriptionUseCase renewSubscriptionUseCase(SwitchboardCore core) {
        return core.renewSubscription();
    }

    @Bean
    DeleteSubscriptionUseCase deleteSubscriptionUseCase(SwitchboardCore core) {
        return core.deleteSubscription();
    }

    @Bean
    SubscriptionQueries subscriptionQueries(SwitchboardCore core) {
        return core.subscriptionQueries();
    }

    @Bean
    PurgeExpiredSubscriptionsUseCase purgeExpiredSubscriptionsUseCase(SwitchboardCore core) {
        return core.purgeExpiredSubscriptions();
    }

    @Bean
    CallbackDeliveryQueries callbackDeliveryQueries(SwitchboardCore core) {
        return core.callbackDeliveryQueries();
    }

    @Bean
    PurgeCallbackHistoryUseCase purgeCallbackHistoryUseCase(SwitchboardCore core) {
        return core.purgeCallbackHistory();
    }
}
