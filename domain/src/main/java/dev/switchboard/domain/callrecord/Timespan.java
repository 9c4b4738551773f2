package dev.switchboard.domain.callrecord;

import dev.switchboard.domain.error.Violations;

import java.time.Instant;

/** The rule every record, session and segment follows: both ends present, and the end not before the start. */
final class Timespan {

    private Timespan() {
    }

    static void check(Violations violations, String path, Instant start, Instant end) {
        violations.require(start != null, Violations.join(path, "startDateTime"), "is required");
        violations.require(end != null, Violations.join(path, "endDateTime"), "is required");
        if (start != null && end != null && end.isBefore(start)) {
            violations.add(Violations.join(path, "endDateTime"), "must not be before startDateTime");
        }
    }
}
