package dev.switchboard.application.port.in.call;

import dev.switchboard.domain.call.Call;

/** Places an outgoing call ({@code POST /communications/calls}): it starts {@code establishing}, with the application on its roster. */
public interface CreateCallUseCase {

    Call create(CreateCallCommand command);
}
