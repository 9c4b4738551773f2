package dev.switchboard.archfixture.domain.call;

import dev.switchboard.archfixture.application.port.in.call.InviteParticipantsUseCase;

/** Breaks "the domain depends on nothing but the JDK": an inner ring that knows an outer one. */
public class CallThatKnowsItsUseCase {

    private final InviteParticipantsUseCase invite;

    public CallThatKnowsItsUseCase(InviteParticipantsUseCase invite) {
        this.invite = invite;
    }

    public String admit(String callId) {
        return invite.invite(callId);
    }
}
