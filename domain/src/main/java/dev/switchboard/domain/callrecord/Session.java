package dev.switchboard.domain.callrecord;

import dev.switchboard.domain.common.Text;
import dev.switchboard.domain.error.Violations;

import java.time.Instant;
import java.util.List;

import static dev.switchboard.domain.common.Timestamps.micros;

/** Graph's {@code callRecords.session}: one party's communication with another within a call, in segments. */
public record Session(String id, Endpoint caller, Endpoint callee, Instant startDateTime, Instant endDateTime,
                      List<CallRecordModality> modalities, Boolean isTest, FailureInfo failureInfo,
                      List<Segment> segments) {

    public Session {
        Violations violations = new Violations();
        startDateTime = micros(startDateTime);
        endDateTime = micros(endDateTime);
        violations.require(id != null && !id.isBlank(), "id", "is required");
        violations.collect("id", () -> Text.atMost(id, Text.SHORT_MAX, ""));
        Timespan.check(violations, "", startDateTime, endDateTime);
        if (segments != null) {
            UniqueIds.check(violations, "segments", segments.stream().map(Segment::id).toList());
        }
        violations.throwIfAny();
        modalities = modalities == null ? List.of() : List.copyOf(modalities);
        segments = segments == null ? List.of() : List.copyOf(segments);
    }
}
