package dev.switchboard.domain.callrecord;

import dev.switchboard.domain.common.Text;
import dev.switchboard.domain.error.Violations;
import dev.switchboard.domain.identity.IdentitySet;

import java.time.Instant;
import java.util.List;

import static dev.switchboard.domain.common.Timestamps.micros;

/**
 * What a client sends to create a call record ({@code POST /communications/callRecords}, our seeding path).
 *
 * @param version the record's first version; {@code null} means 1
 */
public record NewCallRecord(
        Long version,
        CallType type,
        List<CallRecordModality> modalities,
        Instant startDateTime,
        Instant endDateTime,
        String joinWebUrl,
        IdentitySet organizer,
        List<IdentitySet> participants,
        Organizer organizerV2,
        List<CallRecordParticipant> participantsV2,
        List<Session> sessions) {

    public NewCallRecord {
        modalities = modalities == null ? List.of() : List.copyOf(modalities);
        participants = participants == null ? List.of() : List.copyOf(participants);
        participantsV2 = participantsV2 == null ? List.of() : List.copyOf(participantsV2);
        sessions = sessions == null ? List.of() : List.copyOf(sessions);
        Violations violations = new Violations();
        startDateTime = micros(startDateTime);
        endDateTime = micros(endDateTime);
        violations.require(version == null || version >= 1, "version", "must be at least 1");
        violations.require(type != null, "type", "is required");
        violations.collect("joinWebUrl", () -> Text.atMost(joinWebUrl, Text.SHORT_MAX, ""));
        Timespan.check(violations, "", startDateTime, endDateTime);
        UniqueIds.check(violations, "sessions", sessions.stream().map(Session::id).toList());
        violations.throwIfAny();
    }
}
