package dev.switchboard.domain.participant;

import dev.switchboard.domain.common.GraphEnum;

/** Graph's {@code recordingStatus}. */
public enum RecordingStatus implements GraphEnum {
    UNKNOWN("unknown"),
    NOT_RECORDING("notRecording"),
    RECORDING("recording"),
    FAILED("failed"),
    UNKNOWN_FUTURE_VALUE("unknownFutureValue");

    private final String graphName;

    RecordingStatus(String graphName) {
        this.graphName = graphName;
    }

    @Override
    public String graphName() {
        return graphName;
    }
}
