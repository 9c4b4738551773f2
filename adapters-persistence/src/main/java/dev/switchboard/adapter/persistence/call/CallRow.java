package dev.switchboard.adapter.persistence.call;

import java.time.OffsetDateTime;

/**
 * A row of {@code calls}: the call's state as columns, and the client's request ({@code NewCall}) spread over columns
 * for what is flat and JSON text for what is deep ({@code source}, {@code targets}, {@code mediaConfig}, …).
 */
record CallRow(
        String tenantId,
        String id,
        long version,
        String kind,
        String state,
        String direction,
        String callChainId,
        String myParticipantId,
        String callbackUri,
        String subject,
        String source,
        String targets,
        String requestedModalities,
        String mediaConfig,
        String chatInfo,
        String meetingInfo,
        String dynamicProperties,
        Integer resultCode,
        Integer resultSubcode,
        String resultMessage,
        String mediaState,
        OffsetDateTime createdDateTime,
        OffsetDateTime lastKeepAliveDateTime,
        OffsetDateTime endedDateTime,
        String applicationId) {
}
