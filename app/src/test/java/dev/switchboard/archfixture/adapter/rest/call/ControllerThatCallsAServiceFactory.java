package dev.switchboard.archfixture.adapter.rest.call;

import dev.switchboard.archfixture.application.port.in.call.InviteParticipantsUseCase;
import dev.switchboard.archfixture.application.service.call.CallServices;

/** Breaks "adapters reach the core only through ports" and "only app constructs the services". */
class ControllerThatCallsAServiceFactory {

    private final InviteParticipantsUseCase invite = CallServices.inviteParticipants();

    String invite(String callId) {
        return invite.invite(callId);
    }
}
