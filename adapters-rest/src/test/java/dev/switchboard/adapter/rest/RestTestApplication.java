package dev.switchboard.adapter.rest;

import dev.switchboard.application.port.in.call.CallQueries;
import dev.switchboard.application.port.in.call.CreateCallUseCase;
import dev.switchboard.application.port.in.call.HangUpCallUseCase;
import dev.switchboard.application.port.in.call.KeepAliveUseCase;
import dev.switchboard.application.port.in.callrecord.CallRecordQueries;
import dev.switchboard.application.port.in.callrecord.CreateCallRecordUseCase;
import dev.switchboard.application.port.in.callrecord.UpdateCallRecordUseCase;
import dev.switchboard.application.port.in.operation.OperationQueries;
import dev.switchboard.application.port.in.operation.UpdateOperationUseCase;
import dev.switchboard.application.port.in.participant.AddParticipantUseCase;
import dev.switchboard.application.port.in.participant.InviteParticipantsUseCase;
import dev.switchboard.application.port.in.participant.MuteParticipantUseCase;
import dev.switchboard.application.port.in.participant.ParticipantQueries;
import dev.switchboard.application.port.in.participant.RemoveParticipantUseCase;
import dev.switchboard.application.port.in.participant.UpdateParticipantUseCase;
import dev.switchboard.application.service.CoreSettings;
import dev.switchboard.application.service.SwitchboardCore;
import dev.switchboard.application.port.in.subscription.CreateSubscriptionUseCase;
import dev.switchboard.application.port.in.subscription.DeleteSubscriptionUseCase;
import dev.switchboard.application.port.in.subscription.RenewSubscriptionUseCase;
import dev.switchboard.application.port.in.subscription.SubscriptionQueries;
import dev.switchboard.application.testing.inmemory.InMemoryPorts;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.web.server.WebFilter;

import reactor.core.scheduler.Schedulers;

/**
 * The REST adapter over the real core and the in-memory adapters of the application's test-jar: what {@code app}
 * wires with JDBC, wired here with maps. Only test code may assemble the core like this.
 *
 * <p>Every use case is wrapped so that a call from a Netty event-loop thread fails the request: each test thereby also
 * proves that the adapter moves blocking work off the event loop.
 */
@SpringBootApplication
public class RestTestApplication {

    /** A use case that refuses to run on a non-blocking (event-loop) thread, as JDBC must never do. */
    static <T> T offTheEventLoop(Class<T> port, T useCase) {
        InvocationHandler guard = (proxy, method, arguments) -> {
            if (method.getDeclaringClass() != Object.class && Schedulers.isInNonBlockingThread()) {
                throw new IllegalStateException(port.getSimpleName() + "." + method.getName()
                        + " called on the event loop (" + Thread.currentThread().getName() + ")");
            }
            try {
                return method.invoke(useCase, arguments);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, guard));
    }

    /** Where the application's security chain would run: before the adapter's own filters need the caller. */
    @Bean
    @Order(-100)
    WebFilter testCaller() {
        return TestCaller.authenticateEveryRequest();
    }

    @Bean
    InMemoryPorts inMemoryPorts() {
        return new InMemoryPorts();
    }

    @Bean
    SwitchboardCore core(InMemoryPorts ports) {
        return SwitchboardCore.assemble(ports.ports(), CoreSettings.defaults());
    }

    @Bean
    CreateCallUseCase createCall(SwitchboardCore core) {
        return offTheEventLoop(CreateCallUseCase.class, core.createCall());
    }

    @Bean
    HangUpCallUseCase hangUpCall(SwitchboardCore core) {
        return offTheEventLoop(HangUpCallUseCase.class, core.hangUpCall());
    }

    @Bean
    KeepAliveUseCase keepAlive(SwitchboardCore core) {
        return offTheEventLoop(KeepAliveUseCase.class, core.keepAlive());
    }

    @Bean
    CallQueries callQueries(SwitchboardCore core) {
        return offTheEventLoop(CallQueries.class, core.callQueries());
    }

    @Bean
    AddParticipantUseCase addParticipant(SwitchboardCore core) {
        return offTheEventLoop(AddParticipantUseCase.class, core.addParticipant());
    }

    @Bean
    InviteParticipantsUseCase inviteParticipants(SwitchboardCore core) {
        return offTheEventLoop(InviteParticipantsUseCase.class, core.inviteParticipants());
    }

    @Bean
    UpdateParticipantUseCase updateParticipant(SwitchboardCore core) {
        return offTheEventLoop(UpdateParticipantUseCase.class, core.updateParticipant());
    }

    @Bean
    MuteParticipantUseCase muteParticipant(SwitchboardCore core) {
        return offTheEventLoop(MuteParticipantUseCase.class, core.muteParticipant());
    }

    @Bean
    RemoveParticipantUseCase removeParticipant(SwitchboardCore core) {
        return offTheEventLoop(RemoveParticipantUseCase.class, core.removeParticipant());
    }

    @Bean
    ParticipantQueries participantQueries(SwitchboardCore core) {
        return offTheEventLoop(ParticipantQueries.class, core.participantQueries());
    }

    @Bean
    UpdateOperationUseCase updateOperation(SwitchboardCore core) {
        return offTheEventLoop(UpdateOperationUseCase.class, core.updateOperation());
    }

    @Bean
    OperationQueries operationQueries(SwitchboardCore core) {
        return offTheEventLoop(OperationQueries.class, core.operationQueries());
    }

    @Bean
    CreateCallRecordUseCase createCallRecord(SwitchboardCore core) {
        return offTheEventLoop(CreateCallRecordUseCase.class, core.createCallRecord());
    }

    @Bean
    UpdateCallRecordUseCase updateCallRecord(SwitchboardCore core) {
        return offTheEventLoop(UpdateCallRecordUseCase.class, core.updateCallRecord());
    }

    @Bean
    CallRecordQueries callRecordQueries(SwitchboardCore core) {
        return offTheEventLoop(CallRecordQueries.class, core.callRecordQueries());
    }

    @Bean
    CreateSubscriptionUseCase createSubscriptionUseCase(SwitchboardCore core) {
        return offTheEventLoop(CreateSubscriptionUseCase.class, core.createSubscription());
    }

    @Bean
    RenewSubscriptionUseCase renewSubscriptionUseCase(SwitchboardCore core) {
        return offTheEventLoop(RenewSubscriptionUseCase.class, core.renewSubscription());
    }

    @Bean
    DeleteSubscriptionUseCase deleteSubscriptionUseCase(SwitchboardCore core) {
        return offTheEventLoop(DeleteSubscriptionUseCase.class, core.deleteSubscription());
    }

    @Bean
    SubscriptionQueries subscriptionQueries(SwitchboardCore core) {
        return offTheEventLoop(SubscriptionQueries.class, core.subscriptionQueries());
    }
}
