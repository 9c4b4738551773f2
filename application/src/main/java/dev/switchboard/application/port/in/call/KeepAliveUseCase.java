package dev.switchboard.application.port.in.call;

import dev.switchboard.domain.call.Call;

/** Shows the application still wants a call ({@code POST …/keepAlive}), so it does not time out. */
public interface KeepAliveUseCase {

    Call keepAlive(KeepAliveCommand command);
}
