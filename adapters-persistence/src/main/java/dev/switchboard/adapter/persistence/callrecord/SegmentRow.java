package dev.switchboard.adapter.persistence.callrecord;

import java.time.OffsetDateTime;

/** A row of {@code call_record_segments}, under its session's ordinal, in the session's order of segments. */
record SegmentRow(
        String tenantId,
        String callRecordId,
        int sessionOrdinal,
        int ordinal,
        String id,
        String caller,
        String callee,
        OffsetDateTime startDateTime,
        OffsetDateTime endDateTime,
        String failureInfo,
        String media) {
}
