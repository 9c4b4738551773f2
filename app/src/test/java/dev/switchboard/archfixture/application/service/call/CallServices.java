package dev.switchboard.archfixture.application.service.call;

import dev.switchboard.archfixture.application.port.in.call.InviteParticipantsUseCase;

/** The feature's public factory, as in the real layout; allowed in itself. */
public final class CallServices {

    private CallServices() {
    }

    public static InviteParticipantsUseCase inviteParticipants() {
        return new InviteParticipantsService();
    }
}
