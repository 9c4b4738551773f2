package dev.switchboard.adapter.rest.odata;

import java.util.Arrays;
import java.util.Optional;

/** The two roots Graph serves, with the same paths below each. A few properties and members exist only on beta. */
public enum ApiVersion {
    V1_0("v1.0"),
    BETA("beta");

    private final String segment;

    ApiVersion(String segment) {
        this.segment = segment;
    }

    /** The first path segment, as in {@code /v1.0/communications/calls}. */
    public String segment() {
        return segment;
    }

    public boolean isBeta() {
        return this == BETA;
    }

    public static Optional<ApiVersion> ofSegment(String segment) {
        return Arrays.stream(values()).filter(v -> v.segment.equals(segment)).findFirst();
    }
}
