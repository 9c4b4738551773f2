package dev.switchboard.application.service;

import dev.switchboard.domain.call.Call;
import dev.switchboard.domain.callrecord.CallRecord;

import java.time.Duration;
import java.util.Objects;

/**
 * The core's tunable rules.
 *
 * @param terminatedCallRetention how long a terminated call stays readable (then it answers not found)
 * @param callRecordRetention     how long a call record stays readable, counted from when it was stored
 * @param operationDelay          when the lifecycle engine moves started work on (or {@link OperationDelay#OFF})
 * @param keepAliveTimeout        how long a call lives without a keepAlive (Graph: 45 minutes)
 */
public record CoreSettings(Duration terminatedCallRetention, Duration callRecordRetention,
                           OperationDelay operationDelay, Duration keepAliveTimeout) {

    public CoreSettings {
        Objects.requireNonNull(terminatedCallRetention, "terminatedCallRetention");
        Objects.requireNonNull(callRecordRetention, "callRecordRetention");
        Objects.requireNonNull(operationDelay, "operationDelay");
        Objects.requireNonNull(keepAliveTimeout, "keepAliveTimeout");
        if (keepAliveTimeout.isNegative() || keepAliveTimeout.isZero()) {
            throw new IllegalArgumentException("the keepAlive timeout is positive");
        }
        if (terminatedCallRetention.isNegative() || callRecordRetention.isNegative()) {
            throw new IllegalArgumentException("retention periods are never negative");
        }
    }

    /** The given retention periods, with operations moving on after {@link OperationDelay#DEFAULT}. */
    public CoreSettings(Duration terminatedCallRetention, Duration callRecordRetention) {
        this(terminatedCallRetention, callRecordRetention, OperationDelay.DEFAULT, Call.KEEP_ALIVE_TIMEOUT);
    }

    /** Graph's own: terminated calls readable for an hour, records for 30 days, operations done after a second. */
    public static CoreSettings defaults() {
        return new CoreSettings(Duration.ofHours(1), CallRecord.DEFAULT_RETENTION, OperationDelay.DEFAULT,
                Call.KEEP_ALIVE_TIMEOUT);
    }

    /** The same settings with another operation delay. */
    public CoreSettings withOperationDelay(OperationDelay delay) {
        return new CoreSettings(terminatedCallRetention, callRecordRetention, delay, keepAliveTimeout);
    }

    /** The same settings with another keepAlive timeout. */
    public CoreSettings withKeepAliveTimeout(Duration timeout) {
        return new CoreSettings(terminatedCallRetention, callRecordRetention, operationDelay, timeout);
    }
}
