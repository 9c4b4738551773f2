package dev.switchboard.domain.callrecord;

import dev.switchboard.domain.common.DynamicProperties;
import dev.switchboard.domain.common.Text;

import java.util.List;

/**
 * Graph's {@code callRecords.media}: the media of one segment. Network and device details are dozens of optional
 * quality metrics; they are kept as given and echoed back, not interpreted.
 */
public record Media(
        String label,
        DynamicProperties callerNetwork,
        DynamicProperties calleeNetwork,
        DynamicProperties callerDevice,
        DynamicProperties calleeDevice,
        List<MediaStreamQuality> streams) {

    public Media {
        Text.atMost(label, Text.SHORT_MAX, "label");
        callerNetwork = orNone(callerNetwork);
        calleeNetwork = orNone(calleeNetwork);
        callerDevice = orNone(callerDevice);
        calleeDevice = orNone(calleeDevice);
        streams = streams == null ? List.of() : List.copyOf(streams);
    }

    private static DynamicProperties orNone(DynamicProperties properties) {
        return properties == null ? DynamicProperties.none() : properties;
    }
}
