package dev.switchboard.app.reliability;

/**
 * The real resources the hostile requests aim at, so that a refusal is about the request and not a missing resource:
 * a group call with a participant and an invitation, a call record, and page tokens the service itself issued.
 */
record Targets(String callId, String participantId, String operationId, String callRecordId,
               String callRecordsPageToken, String participantsPageToken) {
}
