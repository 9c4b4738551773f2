package dev.switchboard.domain.callrecord;

import dev.switchboard.domain.common.GraphEnum;

/** Graph's {@code callRecords.failureStage}. */
public enum FailureStage implements GraphEnum {
    UNKNOWN("unknown"),
    CALL_SETUP("callSetup"),
    MIDCALL("midcall"),
    UNKNOWN_FUTURE_VALUE("unknownFutureValue");

    private final String graphName;

    FailureStage(String graphName) {
        this.graphName = graphName;
    }

    @Override
    public String graphName() {
        return graphName;
    }
}
