package dev.switchboard.domain.callrecord;

import dev.switchboard.domain.common.DynamicProperties;
import dev.switchboard.domain.error.InvalidInputException;

/**
 * Graph's {@code callRecords.mediaStream}: one direction of a media flow and its quality metrics. Only the
 * direction is required; the metrics (jitter, loss, codecs, durations) are kept as given.
 */
public record MediaStreamQuality(MediaStreamDirection streamDirection, String streamId, DynamicProperties metrics) {

    public MediaStreamQuality {
        if (streamDirection == null) {
            throw InvalidInputException.of("streamDirection", "is required");
        }
        metrics = metrics == null ? DynamicProperties.none() : metrics;
    }
}
