package dev.switchboard.archfixture.application.port.in.call;

public interface InviteParticipantsUseCase {

    String invite(String callId);
}
