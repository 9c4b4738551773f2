package dev.switchboard.adapter.persistence.operation;

import java.time.OffsetDateTime;

/**
 * A row of {@code operations}. {@code kind} names the subtype; an invitation keeps its invitees as JSON text, a
 * mute or unmute the participant it is about.
 */
record OperationRow(
        String tenantId,
        String callId,
        String id,
        long version,
        String kind,
        String invitees,
        String participantId,
        String status,
        String clientContext,
        Integer resultCode,
        Integer resultSubcode,
        String resultMessage,
        OffsetDateTime createdDateTime,
        OffsetDateTime lastModifiedDateTime) {
}
