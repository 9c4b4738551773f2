package dev.switchboard.domain.callrecord;

import dev.switchboard.domain.call.Call;
import dev.switchboard.domain.call.CallKind;
import dev.switchboard.domain.common.CallRecordId;
import dev.switchboard.domain.common.Patch;
import dev.switchboard.domain.common.ReadOnly;
import dev.switchboard.domain.common.TenantId;
import dev.switchboard.domain.common.Text;
import dev.switchboard.domain.common.Timestamps;
import dev.switchboard.domain.error.ConflictException;
import dev.switchboard.domain.error.InvalidInputException;
import dev.switchboard.domain.error.Violations;
import dev.switchboard.domain.identity.IdentitySet;
import dev.switchboard.domain.participant.Modality;
import dev.switchboard.domain.participant.Participant;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import static dev.switchboard.domain.common.Timestamps.micros;

/**
 * What is left of a call once it ends: Graph's {@code callRecords.callRecord}, with its sessions and segments.
 *
 * <p>{@link #version()} is Graph's own: it rises with every change, so it also serves as the record's
 * optimistic-concurrency version.
 *
 * @param storedDateTime when Switchboard stored the record; retention counts from here, not from the call's dates
 */
public record CallRecord(
        TenantId tenantId,
        CallRecordId id,
        long version,
        CallType type,
        List<CallRecordModality> modalities,
        Instant startDateTime,
        Instant endDateTime,
        Instant lastModifiedDateTime,
        String joinWebUrl,
        IdentitySet organizer,
        List<IdentitySet> participants,
        Organizer organizerV2,
        List<CallRecordParticipant> participantsV2,
        List<Session> sessions,
        Instant storedDateTime) {

    /** Graph keeps records for 30 days. */
    public static final Duration DEFAULT_RETENTION = Duration.ofDays(30);

    public CallRecord {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(lastModifiedDateTime, "lastModifiedDateTime");
        Objects.requireNonNull(storedDateTime, "storedDateTime");
        startDateTime = micros(startDateTime);
        endDateTime = micros(endDateTime);
        lastModifiedDateTime = micros(lastModifiedDateTime);
        storedDateTime = micros(storedDateTime);
        modalities = modalities == null ? List.of() : List.copyOf(modalities);
        participants = participants == null ? List.of() : List.copyOf(participants);
        participantsV2 = participantsV2 == null ? List.of() : List.copyOf(participantsV2);
        sessions = sessions == null ? List.of() : List.copyOf(sessions);
        Violations violations = new Violations();
        violations.require(version >= 1, "version", "must be at least 1");
        violations.require(type != null, "type", "is required");
        violations.collect("joinWebUrl", () -> Text.atMost(joinWebUrl, Text.SHORT_MAX, ""));
        Timespan.check(violations, "", startDateTime, endDateTime);
        UniqueIds.check(violations, "sessions", sessions.stream().map(Session::id).toList());
        violations.throwIfAny();
    }

    /** A record a client creates directly (our seeding path). */
    public static CallRecord create(TenantId tenantId, CallRecordId id, NewCallRecord spec, Instant now) {
        long version = spec.version() == null ? 1 : spec.version();
        return new CallRecord(tenantId, id, version, spec.type(), spec.modalities(), spec.startDateTime(),
                spec.endDateTime(), now, spec.joinWebUrl(), spec.organizer(), spec.participants(), spec.organizerV2(),
                spec.participantsV2(), spec.sessions(), now);
    }

    /**
     * The record a call leaves when it ends: one session per participant, from when they joined to when they left
     * (or the call ended), each in one segment. Its id is the call's {@code callChainId}.
     */
    public static CallRecord ofEndedCall(Call call, List<Participant> participants, Instant now) {
        if (!call.isTerminated()) {
            throw new IllegalArgumentException("only an ended call leaves a record");
        }
        Instant end = call.endedDateTime();
        Instant start = participants.stream().map(Participant::joinedDateTime).min(Comparator.naturalOrder())
                .orElse(call.createdDateTime());
        IdentitySet organizerIdentity = call.spec().source() == null ? null : call.spec().source().identity();
        Organizer organizer = organizerIdentity == null ? null : new Organizer(organizerIdentity.principalId(), organizerIdentity);
        List<CallRecordModality> modalities = call.spec().requestedModalities().isEmpty()
                ? List.of(CallRecordModality.AUDIO)
                : call.spec().requestedModalities().stream().map(CallRecord::recordModality).distinct().toList();
        List<Session> sessions = participants.stream().map(p -> sessionOf(p, end, modalities)).toList();
        return new CallRecord(call.tenantId(), CallRecordId.of(call.callChainId()), 1,
                call.kind() == CallKind.GROUP ? CallType.GROUP_CALL : CallType.PEER_TO_PEER, modalities,
                start.isAfter(end) ? end : start, end, now, null, organizerIdentity,
                participants.stream().map(p -> p.info().identity()).toList(), organizer,
                participants.stream().map(p -> new CallRecordParticipant(p.identityId(), p.info().identity())).toList(),
                sessions, now);
    }

    /** Records older than {@code retention} (counted from when they were stored) are gone for clients. */
    public boolean isVisibleAt(Instant now, Duration retention) {
        return !storedDateTime.plus(retention).isBefore(now);
    }

    /**
     * Applies a PATCH. Returns this same record when nothing changes. Otherwise {@code lastModifiedDateTime} becomes
     * {@code now} and the version rises: to the one the patch names, which must be higher than the stored one, or by
     * one when the patch names none.
     *
     * @throws InvalidInputException for read-only changes, nulls in required properties, or an end before the start
     * @throws ConflictException     when the patch names a version that is not higher than the stored one
     */
    public CallRecord update(CallRecordPatch patch, Instant now) {
        Violations violations = new Violations();
        ReadOnly.check(violations, "id", patch.id(), id.value());
        ReadOnly.check(violations, "lastModifiedDateTime", patch.lastModifiedDateTime().map(Timestamps::micros), lastModifiedDateTime);
        requireValue(violations, "version", patch.version());
        requireValue(violations, "type", patch.type());
        requireValue(violations, "modalities", patch.modalities());
        requireValue(violations, "startDateTime", patch.startDateTime());
        requireValue(violations, "endDateTime", patch.endDateTime());
        violations.throwIfAny();

        CallRecord candidate = new CallRecord(tenantId, id, version, patch.type().applyTo(type),
                    patch.modalities().applyTo(modalities), patch.startDateTime().applyTo(startDateTime),
                    patch.endDateTime().applyTo(endDateTime), lastModifiedDateTime, patch.joinWebUrl().applyTo(joinWebUrl),
                    patch.organizer().applyTo(organizer), patch.participants().applyTo(participants), organizerV2,
                    participantsV2, sessions, storedDateTime);
        boolean changes = !candidate.equals(this);
        Long requested = patch.version().applyTo(null);
        if (requested == null) {
            if (!changes) {
                return this;
            }
            if (version == Long.MAX_VALUE) {
                throw new ConflictException("Call record " + id + " is at the highest version and can no longer change.");
            }
            return candidate.revised(version + 1, now);
        }
        if (requested == version && !changes) {
            return this;
        }
        if (requested <= version) {
            throw new ConflictException("Call record " + id + " is at version " + version
                    + "; a change must name a higher version (or none).");
        }
        return candidate.revised(requested, now);
    }

    /** The same record at another version: the repository's view after a write. */
    public CallRecord withVersion(long newVersion) {
        return new CallRecord(tenantId, id, newVersion, type, modalities, startDateTime, endDateTime,
                lastModifiedDateTime, joinWebUrl, organizer, participants, organizerV2, participantsV2, sessions,
                storedDateTime);
    }

    private CallRecord revised(long newVersion, Instant now) {
        Instant modified = now.isBefore(lastModifiedDateTime) ? lastModifiedDateTime : now;
        return new CallRecord(tenantId, id, newVersion, type, modalities, startDateTime, endDateTime, modified,
                joinWebUrl, organizer, participants, organizerV2, participantsV2, sessions, storedDateTime);
    }

    private static void requireValue(Violations violations, String path, Patch<?> patch) {
        violations.require(!(patch instanceof Patch.Cleared), path, "must not be null");
    }

    private static Session sessionOf(Participant participant, Instant callEnd, List<CallRecordModality> modalities) {
        Instant left = participant.leftDateTime() == null ? callEnd : participant.leftDateTime();
        Instant joined = participant.joinedDateTime().isAfter(left) ? left : participant.joinedDateTime();
        Endpoint.OfParticipant endpoint = new Endpoint.OfParticipant(null, null, participant.info().identity(),
                null, null, null, null, null);
        Segment segment = new Segment(participant.id().value(), endpoint, endpoint, joined, left, null, List.of());
        return new Session(participant.id().value(), endpoint, endpoint, joined, left, modalities, false, null,
                List.of(segment));
    }

    private static CallRecordModality recordModality(Modality modality) {
        return switch (modality) {
            case AUDIO -> CallRecordModality.AUDIO;
            case VIDEO -> CallRecordModality.VIDEO;
            case VIDEO_BASED_SCREEN_SHARING -> CallRecordModality.VIDEO_BASED_SCREEN_SHARING;
            case DATA -> CallRecordModality.DATA;
            case UNKNOWN, UNKNOWN_FUTURE_VALUE -> CallRecordModality.UNKNOWN_FUTURE_VALUE;
        };
    }
}
