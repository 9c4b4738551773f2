package dev.switchboard.domain.participant;

import dev.switchboard.domain.common.GraphEnum;

/** Graph's {@code mediaDirection}: which way a media stream flows. */
public enum MediaDirection implements GraphEnum {
    INACTIVE("inactive"),
    SEND_ONLY("sendOnly"),
    RECEIVE_ONLY("receiveOnly"),
    SEND_RECEIVE("sendReceive");

    private final String graphName;

    MediaDirection(String graphName) {
        this.graphName = graphName;
    }

    @Override
    public String graphName() {
        return graphName;
    }
}
