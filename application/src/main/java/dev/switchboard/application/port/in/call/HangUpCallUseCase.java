package dev.switchboard.application.port.in.call;

import dev.switchboard.domain.call.Call;

/** Ends a call for the application ({@code DELETE /communications/calls/{id}}) and writes its call record. */
public interface HangUpCallUseCase {

    Call hangUp(HangUpCallCommand command);
}
