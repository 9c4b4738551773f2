package dev.switchboard.domain.participant;

import dev.switchboard.domain.common.GraphEnum;

/** Graph's {@code modality} for calls and media streams ({@code unknown} is a beta member). */
public enum Modality implements GraphEnum {
    AUDIO("audio"),
    VIDEO("video"),
    VIDEO_BASED_SCREEN_SHARING("videoBasedScreenSharing"),
    DATA("data"),
    UNKNOWN_FUTURE_VALUE("unknownFutureValue"),
    UNKNOWN("unknown");

    private final String graphName;

    Modality(String graphName) {
        this.graphName = graphName;
    }

    @Override
    public String graphName() {
        return graphName;
    }
}
