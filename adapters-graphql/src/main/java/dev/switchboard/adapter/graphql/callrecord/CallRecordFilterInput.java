package dev.switchboard.adapter.graphql.callrecord;

import java.time.Instant;

/** The GraphQL input {@code CallRecordFilter}: {@code startFrom} is inclusive, {@code startBefore} exclusive. */
public record CallRecordFilterInput(Instant startFrom, Instant startBefore, String participantId) {
}
