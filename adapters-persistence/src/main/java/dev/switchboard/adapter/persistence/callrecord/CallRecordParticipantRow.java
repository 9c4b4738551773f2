package dev.switchboard.adapter.persistence.callrecord;

import java.time.OffsetDateTime;

/**
 * A row of {@code call_record_participants}: one distinct {@code participants_v2} id of a record, with the record's
 * start, so that a list filtered on a participant reads one index range in list order.
 */
record CallRecordParticipantRow(String tenantId, String callRecordId, String participantId,
                                OffsetDateTime startDateTime) {
}
