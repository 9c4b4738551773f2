package dev.switchboard.application.port.in.participant;

import dev.switchboard.domain.participant.Participant;

/** Takes a participant off a call's roster ({@code DELETE …/participants/{id}}). */
public interface RemoveParticipantUseCase {

    Participant remove(RemoveParticipantCommand command);
}
