package dev.switchboard.domain.callrecord;

import dev.switchboard.domain.error.InvalidInputException;

import java.time.Instant;
import java.util.Optional;

import static dev.switchboard.domain.common.Timestamps.micros;

/**
 * Which call records a list shows: Graph's {@code $filter} on {@code startDateTime} ({@code ge}, {@code gt},
 * {@code le}, {@code lt}) and on {@code participants_v2/any(p:p/id eq '…')}. Every part is optional.
 *
 * @param startFrom     lower bound on {@code startDateTime}
 * @param startTo       upper bound on {@code startDateTime}
 * @param participantId the id of a participant the record must name in {@code participants_v2}
 */
public record CallRecordFilter(Optional<Bound> startFrom, Optional<Bound> startTo, Optional<String> participantId) {

    /** One end of a range: an instant, and whether the instant itself is inside. */
    public record Bound(Instant at, boolean inclusive) {
        public Bound {
            if (at == null) {
                throw InvalidInputException.of("startDateTime", "a bound needs a date-time");
            }
            at = micros(at);
        }
    }

    public CallRecordFilter {
        startFrom = startFrom == null ? Optional.empty() : startFrom;
        startTo = startTo == null ? Optional.empty() : startTo;
        participantId = participantId == null ? Optional.empty() : participantId;
    }

    public static CallRecordFilter none() {
        return new CallRecordFilter(Optional.empty(), Optional.empty(), Optional.empty());
    }

    public CallRecordFilter startingFrom(Instant at, boolean inclusive) {
        return new CallRecordFilter(Optional.of(new Bound(at, inclusive)), startTo, participantId);
    }

    public CallRecordFilter startingBefore(Instant at, boolean inclusive) {
        return new CallRecordFilter(startFrom, Optional.of(new Bound(at, inclusive)), participantId);
    }

    public CallRecordFilter withParticipant(String id) {
        return new CallRecordFilter(startFrom, startTo, Optional.of(id));
    }

    /** The specification itself; adapters that query a database must select exactly the records this accepts. */
    public boolean matches(CallRecord record) {
        Instant start = record.startDateTime();
        boolean afterFrom = startFrom.map(b -> b.inclusive() ? !start.isBefore(b.at()) : start.isAfter(b.at())).orElse(true);
        boolean beforeTo = startTo.map(b -> b.inclusive() ? !start.isAfter(b.at()) : start.isBefore(b.at())).orElse(true);
        boolean hasParticipant = participantId.map(id -> record.participantsV2().stream()
                .anyMatch(p -> id.equals(p.id()))).orElse(true);
        return afterFrom && beforeTo && hasParticipant;
    }
}
