package dev.switchboard.adapter.graphql.callrecord;

/** The payload of {@code createCallRecord}. */
public record CreateCallRecordPayload(CallRecordView callRecord) {
}
