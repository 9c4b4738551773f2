package dev.switchboard.adapter.graphql.callrecord;

/** The payload of {@code updateCallRecord}. */
public record UpdateCallRecordPayload(CallRecordView callRecord) {
}
