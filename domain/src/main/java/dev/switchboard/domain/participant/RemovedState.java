package dev.switchboard.domain.participant;

import dev.switchboard.domain.common.Text;

/** Graph's {@code removedState}: why a participant left the roster. */
public record RemovedState(String reason) {

    public RemovedState {
        Text.atMost(reason, Text.SHORT_MAX, "reason");
    }
}
