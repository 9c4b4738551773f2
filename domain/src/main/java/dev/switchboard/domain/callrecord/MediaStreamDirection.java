package dev.switchboard.domain.callrecord;

import dev.switchboard.domain.common.GraphEnum;

/** Graph's {@code callRecords.mediaStreamDirection}. */
public enum MediaStreamDirection implements GraphEnum {
    CALLER_TO_CALLEE("callerToCallee"),
    CALLEE_TO_CALLER("calleeToCaller");

    private final String graphName;

    MediaStreamDirection(String graphName) {
        this.graphName = graphName;
    }

    @Override
    public String graphName() {
        return graphName;
    }
}
