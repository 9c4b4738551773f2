package dev.switchboard.adapter.persistence.callrecord;

import java.time.OffsetDateTime;

/** A row of {@code call_records}: what the list filters and sorts on as columns, the identities as JSON text. */
record CallRecordRow(
        String tenantId,
        String id,
        long version,
        String type,
        String modalities,
        OffsetDateTime startDateTime,
        OffsetDateTime endDateTime,
        OffsetDateTime lastModifiedDateTime,
        String joinWebUrl,
        String organizer,
        String participants,
        String organizerV2,
        String participantsV2,
        OffsetDateTime storedDateTime) {
}
