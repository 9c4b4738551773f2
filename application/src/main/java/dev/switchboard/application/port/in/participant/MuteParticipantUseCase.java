package dev.switchboard.application.port.in.participant;

import dev.switchboard.domain.operation.CommsOperation;

/** Mutes a participant ({@code POST …/participants/{id}/mute}); answers with the operation that does it. */
public interface MuteParticipantUseCase {

    CommsOperation mute(MuteParticipantCommand command);
}
