package dev.switchboard.application.port.in.participant;

import dev.switchboard.domain.participant.Participant;

/** Changes a participant's writable properties ({@code PATCH …/participants/{id}}, seed). */
public interface UpdateParticipantUseCase {

    Participant update(UpdateParticipantCommand command);
}
