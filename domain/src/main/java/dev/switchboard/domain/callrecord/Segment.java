package dev.switchboard.domain.callrecord;

import dev.switchboard.domain.common.Text;
import dev.switchboard.domain.error.Violations;

import java.time.Instant;
import java.util.List;

import static dev.switchboard.domain.common.Timestamps.micros;

/** Graph's {@code callRecords.segment}: a stretch of a session between two endpoints. */
public record Segment(String id, Endpoint caller, Endpoint callee, Instant startDateTime, Instant endDateTime,
                      FailureInfo failureInfo, List<Media> media) {

    public Segment {
        Violations violations = new Violations();
        startDateTime = micros(startDateTime);
        endDateTime = micros(endDateTime);
        violations.require(id != null && !id.isBlank(), "id", "is required");
        violations.collect("id", () -> Text.atMost(id, Text.SHORT_MAX, ""));
        Timespan.check(violations, "", startDateTime, endDateTime);
        violations.throwIfAny();
        media = media == null ? List.of() : List.copyOf(media);
    }
}
