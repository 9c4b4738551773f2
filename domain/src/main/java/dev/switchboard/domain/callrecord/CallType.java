package dev.switchboard.domain.callrecord;

import dev.switchboard.domain.common.GraphEnum;

/** Graph's {@code callRecords.callType}. */
public enum CallType implements GraphEnum {
    UNKNOWN("unknown"),
    GROUP_CALL("groupCall"),
    PEER_TO_PEER("peerToPeer"),
    UNKNOWN_FUTURE_VALUE("unknownFutureValue");

    private final String graphName;

    CallType(String graphName) {
        this.graphName = graphName;
    }

    @Override
    public String graphName() {
        return graphName;
    }
}
