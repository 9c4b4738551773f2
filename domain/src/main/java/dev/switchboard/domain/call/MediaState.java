package dev.switchboard.domain.call;

import dev.switchboard.domain.common.GraphEnum;

/** Graph's {@code mediaState}: whether the call's audio is flowing. */
public enum MediaState implements GraphEnum {
    ACTIVE("active"),
    INACTIVE("inactive"),
    UNKNOWN_FUTURE_VALUE("unknownFutureValue");

    private final String graphName;

    MediaState(String graphName) {
        this.graphName = graphName;
    }

    @Override
    public String graphName() {
        return graphName;
    }
}
