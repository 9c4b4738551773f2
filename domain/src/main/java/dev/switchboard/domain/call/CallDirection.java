package dev.switchboard.domain.call;

import dev.switchboard.domain.common.GraphEnum;

/** Graph's {@code callDirection}. */
public enum CallDirection implements GraphEnum {
    INCOMING("incoming"),
    OUTGOING("outgoing");

    private final String graphName;

    CallDirection(String graphName) {
        this.graphName = graphName;
    }

    @Override
    public String graphName() {
        return graphName;
    }
}
