package dev.switchboard.adapter.persistence.participant;

import java.time.OffsetDateTime;

/**
 * A row of {@code participants}. {@code info}, {@code mediaStreams} and {@code recordingInfo} are JSON text;
 * {@code present} repeats "no {@code leftDateTime}" so that the roster's index can lead with it.
 */
record ParticipantRow(
        String tenantId,
        String callId,
        String id,
        long version,
        String info,
        String metadata,
        boolean muted,
        boolean inLobby,
        String mediaStreams,
        String recordingInfo,
        boolean present,
        String removedReason,
        long rosterSequenceNumber,
        OffsetDateTime joinedDateTime,
        OffsetDateTime leftDateTime) {
}
