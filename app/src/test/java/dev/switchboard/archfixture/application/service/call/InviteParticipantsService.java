package dev.switchboard.archfixture.application.service.call;

import dev.switchboard.archfixture.application.port.in.call.InviteParticipantsUseCase;

/** Breaks "services are package-private": anyone could construct it and bypass the wiring. */
public class InviteParticipantsService implements InviteParticipantsUseCase {

    @Override
    public String invite(String callId) {
        return callId;
    }
}
