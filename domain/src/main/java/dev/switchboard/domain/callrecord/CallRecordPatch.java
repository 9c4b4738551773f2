package dev.switchboard.domain.callrecord;

import dev.switchboard.domain.common.Patch;
import dev.switchboard.domain.common.Timestamps;
import dev.switchboard.domain.error.InvalidInputException;
import dev.switchboard.domain.identity.IdentitySet;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A PATCH of a call record (seed "Update callRecord"), our admin path: Graph's records are read-only.
 * {@code id} and {@code lastModifiedDateTime} are read-only; {@code version} follows its own rule (see
 * {@link CallRecord#update}).
 */
public record CallRecordPatch(
        Patch<String> id,
        Patch<Long> version,
        Patch<CallType> type,
        Patch<List<CallRecordModality>> modalities,
        Patch<Instant> startDateTime,
        Patch<Instant> endDateTime,
        Patch<Instant> lastModifiedDateTime,
        Patch<String> joinWebUrl,
        Patch<IdentitySet> organizer,
        Patch<List<IdentitySet>> participants) {

    public CallRecordPatch {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(modalities, "modalities");
        Objects.requireNonNull(startDateTime, "startDateTime");
        Objects.requireNonNull(endDateTime, "endDateTime");
        Objects.requireNonNull(lastModifiedDateTime, "lastModifiedDateTime");
        Objects.requireNonNull(joinWebUrl, "joinWebUrl");
        Objects.requireNonNull(organizer, "organizer");
        Objects.requireNonNull(participants, "participants");
        // When the patch names both ends it must be consistent by itself; against stored ends the record checks it.
        Instant start = Timestamps.micros(startDateTime.applyTo(null));
        Instant end = Timestamps.micros(endDateTime.applyTo(null));
        if (start != null && end != null && end.isBefore(start)) {
            throw InvalidInputException.of("endDateTime", "must not be before startDateTime");
        }
    }

    public static CallRecordPatch empty() {
        return new CallRecordPatch(Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent(),
                Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent());
    }

    public CallRecordPatch withVersion(Patch<Long> value) {
        return new CallRecordPatch(id, value, type, modalities, startDateTime, endDateTime, lastModifiedDateTime,
                joinWebUrl, organizer, participants);
    }

    public CallRecordPatch withType(Patch<CallType> value) {
        return new CallRecordPatch(id, version, value, modalities, startDateTime, endDateTime, lastModifiedDateTime,
                joinWebUrl, organizer, participants);
    }

    public CallRecordPatch withModalities(Patch<List<CallRecordModality>> value) {
        return new CallRecordPatch(id, version, type, value, startDateTime, endDateTime, lastModifiedDateTime,
                joinWebUrl, organizer, participants);
    }

    public CallRecordPatch withStartDateTime(Patch<Instant> value) {
        return new CallRecordPatch(id, version, type, modalities, value, endDateTime, lastModifiedDateTime,
                joinWebUrl, organizer, participants);
    }

    public CallRecordPatch withEndDateTime(Patch<Instant> value) {
        return new CallRecordPatch(id, version, type, modalities, startDateTime, value, lastModifiedDateTime,
                joinWebUrl, organizer, participants);
    }

    public CallRecordPatch withJoinWebUrl(Patch<String> value) {
        return new CallRecordPatch(id, version, type, modalities, startDateTime, endDateTime, lastModifiedDateTime,
                value, organizer, participants);
    }

    public CallRecordPatch withOrganizer(Patch<IdentitySet> value) {
        return new CallRecordPatch(id, version, type, modalities, startDateTime, endDateTime, lastModifiedDateTime,
                joinWebUrl, value, participants);
    }

    public CallRecordPatch withParticipants(Patch<List<IdentitySet>> value) {
        return new CallRecordPatch(id, version, type, modalities, startDateTime, endDateTime, lastModifiedDateTime,
                joinWebUrl, organizer, value);
    }

    public CallRecordPatch withId(Patch<String> value) {
        return new CallRecordPatch(value, version, type, modalities, startDateTime, endDateTime, lastModifiedDateTime,
                joinWebUrl, organizer, participants);
    }

    public CallRecordPatch withLastModifiedDateTime(Patch<Instant> value) {
        return new CallRecordPatch(id, version, type, modalities, startDateTime, endDateTime, value,
                joinWebUrl, organizer, participants);
    }
}
