package dev.switchboard.archfixture.app;

import dev.switchboard.archfixture.application.port.in.call.InviteParticipantsUseCase;
import dev.switchboard.archfixture.application.service.call.CallServices;

/** Allowed: app is the one place that constructs services. No rule may name it. */
public class CoreWiring {

    public InviteParticipantsUseCase invite() {
        return CallServices.inviteParticipants();
    }
}
