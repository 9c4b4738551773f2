package dev.switchboard.application.service.call;

import dev.switchboard.application.port.in.call.CreateCallCommand;
import dev.switchboard.application.port.in.call.CreateCallUseCase;
import dev.switchboard.application.port.out.OutboundPorts;
import dev.switchboard.application.service.LifecycleSchedule;
import dev.switchboard.domain.call.Call;
import dev.switchboard.domain.common.CallId;
import dev.switchboard.domain.common.ParticipantId;
import dev.switchboard.domain.event.CallStateChanged;
import dev.switchboard.domain.event.ParticipantJoined;
import dev.switchboard.domain.identity.CommunicationsApplicationIdentity;
import dev.switchboard.domain.identity.IdentitySet;
import dev.switchboard.domain.participant.NewParticipant;
import dev.switchboard.domain.participant.Participant;
import dev.switchboard.domain.participant.ParticipantInfo;
import dev.switchboard.domain.participant.RecordingInfo;

import java.time.Instant;
import java.util.List;

class CreateCallService implements CreateCallUseCase {

    private final OutboundPorts ports;
    private final LifecycleSchedule schedule;

    CreateCallService(OutboundPorts ports, LifecycleSchedule schedule) {
        this.ports = ports;
        this.schedule = schedule;
    }

    @Override
    public Call create(CreateCallCommand command) {
        return ports.transactions().inTransaction(() -> {
            Instant now = ports.clock().instant();
            CallId callId = CallId.of(ports.ids().newId());
            ParticipantId applicationParticipantId = ParticipantId.of(ports.ids().newId());
            Call call = ports.calls().insert(Call.place(command.tenantId(), callId, ports.ids().newId(),
                    applicationParticipantId, command.call(), command.applicationId(), now));

            Participant application = Participant.join(command.tenantId(), callId, applicationParticipantId,
                    new NewParticipant(applicationInfo(command), null, false, false, List.of(),
                            RecordingInfo.notRecording()),
                    ports.rosterSequence().next(command.tenantId(), callId), now);
            application = ports.participants().insert(application);

            ports.events().publish(new CallStateChanged(call));
            ports.events().publish(new ParticipantJoined(application));
            schedule.establishLater(call);
            schedule.expireUnlessKeptAlive(call);
            return call;
        });
    }

    /** The application is on its own call's roster: as the call's source if one was given, else by its app id. */
    private static ParticipantInfo applicationInfo(CreateCallCommand command) {
        ParticipantInfo source = command.call().source();
        if (source != null && source.identity() != null) {
            return source;
        }
        return ParticipantInfo.of(IdentitySet.ofApplication(
                new CommunicationsApplicationIdentity(command.applicationId(), null, null, null, null)));
    }
}
