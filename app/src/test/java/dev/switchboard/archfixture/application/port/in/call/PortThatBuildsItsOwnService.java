package dev.switchboard.archfixture.application.port.in.call;

import dev.switchboard.archfixture.application.service.call.CallServices;

/** Breaks "only app constructs the services": a port that knows its implementation. */
public final class PortThatBuildsItsOwnService {

    private PortThatBuildsItsOwnService() {
    }

    public static InviteParticipantsUseCase defaultInvite() {
        return CallServices.inviteParticipants();
    }
}
