package dev.switchboard.application.service.participant;

import dev.switchboard.application.port.in.participant.AddParticipantUseCase;
import dev.switchboard.application.port.in.participant.InviteParticipantsUseCase;
import dev.switchboard.application.port.in.participant.MuteParticipantUseCase;
import dev.switchboard.application.port.in.participant.ParticipantQueries;
import dev.switchboard.application.port.in.participant.RemoveParticipantUseCase;
import dev.switchboard.application.port.in.participant.UpdateParticipantUseCase;
import dev.switchboard.application.port.out.OutboundPorts;
import dev.switchboard.application.service.LifecycleSchedule;
import dev.switchboard.application.service.ResourceLookup;

/** The roster use cases, built over the outbound ports. Only the core's assembly creates this. */
public final class ParticipantServices {

    private final AddParticipantUseCase addParticipant;
    private final InviteParticipantsUseCase inviteParticipants;
    private final UpdateParticipantUseCase updateParticipant;
    private final MuteParticipantUseCase muteParticipant;
    private final RemoveParticipantUseCase removeParticipant;
    private final ParticipantQueries queries;

    public ParticipantServices(OutboundPorts ports, ResourceLookup lookup) {
        this.addParticipant = new AddParticipantService(ports, lookup);
        LifecycleSchedule schedule = new LifecycleSchedule(ports, lookup.settings());
        this.inviteParticipants = new InviteParticipantsService(ports, lookup, schedule);
        this.updateParticipant = new UpdateParticipantService(ports, lookup);
        this.muteParticipant = new MuteParticipantService(ports, lookup, schedule);
        this.removeParticipant = new RemoveParticipantService(ports, lookup);
        this.queries = new ParticipantQueryService(ports, lookup);
    }

    public AddParticipantUseCase addParticipant() {
        return addParticipant;
    }

    public InviteParticipantsUseCase inviteParticipants() {
        return inviteParticipants;
    }

    public UpdateParticipantUseCase updateParticipant() {
        return updateParticipant;
    }

    public MuteParticipantUseCase muteParticipant() {
        return muteParticipant;
    }

    public RemoveParticipantUseCase removeParticipant() {
        return removeParticipant;
    }

    public ParticipantQueries queries() {
        return queries;
    }
}
