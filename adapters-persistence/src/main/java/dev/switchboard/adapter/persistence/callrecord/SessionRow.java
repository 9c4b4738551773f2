package dev.switchboard.adapter.persistence.callrecord;

import java.time.OffsetDateTime;

/** A row of {@code call_record_sessions}; {@code ordinal} keeps the record's order of sessions. */
record SessionRow(
        String tenantId,
        String callRecordId,
        int ordinal,
        String id,
        String caller,
        String callee,
        OffsetDateTime startDateTime,
        OffsetDateTime endDateTime,
        String modalities,
        Boolean isTest,
        String failureInfo) {
}
