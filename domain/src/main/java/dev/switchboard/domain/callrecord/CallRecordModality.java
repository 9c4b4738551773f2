package dev.switchboard.domain.callrecord;

import dev.switchboard.domain.common.GraphEnum;

import java.util.Set;

/**
 * Graph's {@code callRecords.modality}. The seeds also name {@code unknown}, which the v1.0 metadata lacks: it is
 * accepted on input as {@link #UNKNOWN_FUTURE_VALUE} and never emitted.
 */
public enum CallRecordModality implements GraphEnum {
    AUDIO("audio"),
    VIDEO("video"),
    VIDEO_BASED_SCREEN_SHARING("videoBasedScreenSharing"),
    DATA("data"),
    SCREEN_SHARING("screenSharing"),
    UNKNOWN_FUTURE_VALUE("unknownFutureValue") {
        @Override
        public Set<String> inputAliases() {
            return Set.of("unknown");
        }
    };

    private final String graphName;

    CallRecordModality(String graphName) {
        this.graphName = graphName;
    }

    @Override
    public String graphName() {
        return graphName;
    }
}
