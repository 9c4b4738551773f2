package dev.switchboard.application.port.in.participant;

import dev.switchboard.domain.participant.Participant;

/** Adds a participant straight to a call's roster (the seed's {@code POST …/participants}, also {@code /$ref} and beta {@code /app/calls/…}). */
public interface AddParticipantUseCase {

    Participant add(AddParticipantCommand command);
}
