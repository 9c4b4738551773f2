package dev.switchboard.adapter.graphql;

import dev.switchboard.application.port.in.call.CallQueries;
import dev.switchboard.application.port.in.call.CreateCallUseCase;
import dev.switchboard.application.port.in.call.HangUpCallUseCase;
import dev.switchboard.application.port.in.callrecord.CallRecordQueries;
import dev.switchboard.application.port.in.callrecord.CreateCallRecordUseCase;
import dev.switchboard.application.port.in.callrecord.UpdateCallRecordUseCase;
import dev.switchboard.application.port.in.event.CallEventSubscriptions;
import dev.switchboard.application.port.in.notification.CallbackDeliveryQueries;
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
import dev.switchboard.application.testing.inmemory.InMemoryPorts;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.web.server.WebFilter;
import org.springframework.context.annotation.Primary;

/**
 * The GraphQL adapter over the real core and the in-memory adapters of the application's test-jar: what {@code app}
 * wires with JDBC, wired here with maps. Only test code may assemble the core like this.
 *
 * <p>Every use case is wrapped by {@link PortCalls}: a call from a Netty event-loop thread fails, so each test also
 * proves that the adapter moves blocking work off the event loop, and every call is counted.
 */
@SpringBootApplication
public class GraphQlTestApplication {

    @Bean
    PortCalls portCalls() {
        return new PortCalls();
    }

    @Bean
    SchemaInspection schemaInspection() {
        return new SchemaInspection();
    }

    @Bean
    GraphQlSourceBuilderCustomizer schemaInspectionReport(SchemaInspection inspection) {
        return inspection.customizer();
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
    CreateCallUseCase createCall(SwitchboardCore core, PortCalls calls) {
        return calls.guard(CreateCallUseCase.class, core.createCall());
    }

    @Bean
    HangUpCallUseCase hangUpCall(SwitchboardCore core, PortCalls calls) {
        return calls.guard(HangUpCallUseCase.class, core.hangUpCall());
    }

    @Bean
    CallQueries callQueries(SwitchboardCore core, PortCalls calls) {
        return calls.guard(CallQueries.class, core.callQueries());
    }

    @Bean
    AddParticipantUseCase addParticipant(SwitchboardCore core, PortCalls calls) {
        return calls.guard(AddParticipantUseCase.class, core.addParticipant());
    }

    @Bean
    InviteParticipantsUseCase inviteParticipants(SwitchboardCore core, PortCalls calls) {
        return calls.guard(InviteParticipantsUseCase.class, core.inviteParticipants());
    }

    @Bean
    UpdateParticipantUseCase updateParticipant(SwitchboardCore core, PortCalls calls) {
        return calls.guard(UpdateParticipantUseCase.class, core.updateParticipant());
    }

    @Bean
    MuteParticipantUseCase muteParticipant(SwitchboardCore core, PortCalls calls) {
        return calls.guard(MuteParticipantUseCase.class, core.muteParticipant());
    }

    @Bean
    RemoveParticipantUseCase removeParticipant(SwitchboardCore core, PortCalls calls) {
        return calls.guard(RemoveParticipantUseCase.class, core.removeParticipant());
    }

    @Bean
    ParticipantQueries participantQueries(SwitchboardCore core, PortCalls calls) {
        return calls.guard(ParticipantQueries.class, core.participantQueries());
    }

    @Bean
    UpdateOperationUseCase updateOperation(SwitchboardCore core, PortCalls calls) {
        return calls.guard(UpdateOperationUseCase.class, core.updateOperation());
    }

    @Bean
    OperationQueries operationQueries(SwitchboardCore core, PortCalls calls) {
        return calls.guard(OperationQueries.class, core.operationQueries());
    }

    @Bean
    CreateCallRecordUseCase createCallRecord(SwitchboardCore core, PortCalls calls) {
        return calls.guard(CreateCallRecordUseCase.class, core.createCallRecord());
    }

    @Bean
    UpdateCallRecordUseCase updateCallRecord(SwitchboardCore core, PortCalls calls) {
        return calls.guard(UpdateCallRecordUseCase.class, core.updateCallRecord());
    }

    @Bean
    CallRecordQueries callRecordQueries(SwitchboardCore core, PortCalls calls) {
        return calls.guard(CallRecordQueries.class, core.callRecordQueries());
    }

    @Bean
    CallbackDeliveryQueries callbackDeliveries(SwitchboardCore core, PortCalls calls) {
        return calls.guard(CallbackDeliveryQueries.class, core.callbackDeliveryQueries());
    }

    @Bean
    ActiveSubscriptions activeSubscriptions(SwitchboardCore core) {
        return new ActiveSubscriptions(core.callEventSubscriptions());
    }

    /** The one the adapter gets; {@link ActiveSubscriptions} is a bean too, for tests to look at. */
    @Bean
    @Primary
    CallEventSubscriptions callEventSubscriptions(ActiveSubscriptions subscriptions, PortCalls calls) {
        return calls.guard(CallEventSubscriptions.class, subscriptions);
    }
}
