package dev.switchboard.application.service;

import dev.switchboard.domain.callrecord.CallRecord;

import java.time.Duration;
import java.util.Objects;

/**
 * The core's tunable rules.
 *
 * @param terminatedCallRetention how long a terminated call stays readable (then it answers not found)
 * @param callRecordRetention     how long a call record stays readable, counted from when it was stored
 */
public record CoreSettings(Duration terminatedCallRetention, Duration callRecordRetention) {

    public CoreSettings {
        Objects.requireNonNull(terminatedCallRetention, "terminatedCallRetention");
        Objects.requireNonNull(callRecordRetention, "callRecordRetention");
        if (terminatedCallRetention.isNegative() || callRecordRetention.isNegative()) {
            throw new IllegalArgumentException("retention periods are never negative");
        }
    }

    /** Graph's own: terminated calls readable for an hour, records for 30 days. */
    public static CoreSettings defaults() {
        return new CoreSettings(Duration.ofHours(1), CallRecord.DEFAULT_RETENTION);
    }
}
