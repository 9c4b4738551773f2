package dev.switchboard.domain.callrecord;

import dev.switchboard.domain.common.GraphEnum;

/** Graph's {@code callRecords.clientPlatform}. */
public enum ClientPlatform implements GraphEnum {
    UNKNOWN("unknown"),
    WINDOWS("windows"),
    MAC_OS("macOS"),
    I_OS("iOS"),
    ANDROID("android"),
    WEB("web"),
    IP_PHONE("ipPhone"),
    ROOM_SYSTEM("roomSystem"),
    SURFACE_HUB("surfaceHub"),
    HOLO_LENS("holoLens"),
    UNKNOWN_FUTURE_VALUE("unknownFutureValue");

    private final String graphName;

    ClientPlatform(String graphName) {
        this.graphName = graphName;
    }

    @Override
    public String graphName() {
        return graphName;
    }
}
