package dev.switchboard.domain.participant;

import dev.switchboard.domain.common.CallId;
import dev.switchboard.domain.common.Patch;
import dev.switchboard.domain.common.ParticipantId;
import dev.switchboard.domain.common.ReadOnly;
import dev.switchboard.domain.common.TenantId;
import dev.switchboard.domain.common.Text;
import dev.switchboard.domain.error.ConflictException;
import dev.switchboard.domain.error.InvalidInputException;
import dev.switchboard.domain.error.Violations;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static dev.switchboard.domain.common.Timestamps.micros;

/**
 * A party in a call: Graph's {@code participant}. Its own aggregate (not part of the call's), so that one
 * participant of a call with a hundred thousand can be changed without loading the rest.
 *
 * <p>A participant that left keeps its row, with {@link #removedState()} and {@link #leftDateTime()} set, so that the
 * call's record can tell who was there and when; the roster no longer shows it.
 *
 * @param version              optimistic-concurrency version; the repository raises it on every write
 * @param rosterSequenceNumber the call's roster version at this participant's last change
 */
public record Participant(
        TenantId tenantId,
        CallId callId,
        ParticipantId id,
        long version,
        ParticipantInfo info,
        String metadata,
        boolean isMuted,
        boolean isInLobby,
        List<MediaStream> mediaStreams,
        RecordingInfo recordingInfo,
        RemovedState removedState,
        long rosterSequenceNumber,
        Instant joinedDateTime,
        Instant leftDateTime) {

    public Participant {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(callId, "callId");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(joinedDateTime, "joinedDateTime");
        joinedDateTime = micros(joinedDateTime);
        leftDateTime = micros(leftDateTime);
        if (info == null || info.identity() == null) {
            throw InvalidInputException.of("info.identity", "is required");
        }
        Text.atMost(metadata, Text.BLOB_MAX, "metadata");
        mediaStreams = mediaStreams == null ? List.of() : List.copyOf(mediaStreams);
        if (version < 0 || rosterSequenceNumber < 0) {
            throw new IllegalArgumentException("version and rosterSequenceNumber are never negative");
        }
        if ((removedState == null) != (leftDateTime == null)) {
            throw new IllegalArgumentException("a participant has left exactly when it has a removedState");
        }
        if (leftDateTime != null && leftDateTime.isBefore(joinedDateTime)) {
            throw new IllegalArgumentException("a participant cannot leave before it joined");
        }
    }

    /** A participant a client adds directly (seed {@code POST …/participants}). */
    public static Participant join(TenantId tenantId, CallId callId, ParticipantId id, NewParticipant spec,
                                   long rosterSequenceNumber, Instant now) {
        return new Participant(tenantId, callId, id, 0, spec.info().withParticipantId(id.value()), spec.metadata(),
                spec.isMuted(), spec.isInLobby(), spec.mediaStreams(), spec.recordingInfo(), null,
                rosterSequenceNumber, now, null);
    }

    /** A participant who accepted an invitation: joins unmuted, out of the lobby, with one audio stream. */
    public static Participant fromInvitation(TenantId tenantId, CallId callId, ParticipantId id,
                                             InvitationParticipantInfo invitee, long rosterSequenceNumber, Instant now) {
        ParticipantInfo info = new ParticipantInfo(invitee.identity(), invitee.endpointType(), null, null, null, id.value());
        return new Participant(tenantId, callId, id, 0, info, null, false, false,
                List.of(MediaStream.defaultAudio(Long.toString(rosterSequenceNumber))), RecordingInfo.notRecording(),
                null, rosterSequenceNumber, now, null);
    }

    public boolean isPresent() {
        return removedState == null;
    }

    /** The id the service and clients know this party's identity by, used to spot duplicate invitations. */
    public String identityId() {
        return info.identity().principalId();
    }

    /**
     * Applies a PATCH. Returns this same participant when the patch changes nothing, so callers can tell a real
     * change (which needs a new roster number) from a resend.
     *
     * @throws InvalidInputException naming every read-only property the patch tries to change
     * @throws ConflictException     when the participant has already left
     */
    public Participant update(ParticipantPatch patch) {
        requirePresent();
        Violations violations = new Violations();
        ReadOnly.check(violations, "id", patch.id(), id.value());
        ReadOnly.check(violations, "info", patch.info().map(this::withAssignedParticipantId), info);
        ReadOnly.check(violations, "recordingInfo", patch.recordingInfo(), recordingInfo);
        ReadOnly.check(violations, "removedState", patch.removedState(), removedState);
        ReadOnly.check(violations, "rosterSequenceNumber", patch.rosterSequenceNumber(), rosterSequenceNumber);
        violations.require(!(patch.isMuted() instanceof Patch.Cleared), "isMuted", "must not be null");
        violations.require(!(patch.isInLobby() instanceof Patch.Cleared), "isInLobby", "must not be null");
        String newMetadata = violations.collect("metadata",
                () -> Text.atMost(patch.metadata().applyTo(metadata), Text.BLOB_MAX, ""));
        List<MediaStream> newStreams = patchStreams(patch.mediaStreams(), violations);
        violations.throwIfAny();

        Participant updated = new Participant(tenantId, callId, id, version, info, newMetadata,
                patch.isMuted().applyTo(isMuted), patch.isInLobby().applyTo(isInLobby), newStreams, recordingInfo,
                removedState, rosterSequenceNumber, joinedDateTime, leftDateTime);
        return updated.equals(this) ? this : updated;
    }

    /** Mutes the participant on the server: the result of a completed mute operation. */
    public Participant mute() {
        requirePresent();
        List<MediaStream> muted = mediaStreams.stream()
                .map(stream -> stream.mediaType() == Modality.AUDIO ? stream.withServerMuted(true) : stream)
                .toList();
        return new Participant(tenantId, callId, id, version, info, metadata, true, isInLobby, muted, recordingInfo,
                removedState, rosterSequenceNumber, joinedDateTime, leftDateTime);
    }

    /** Takes the participant off the roster. */
    public Participant remove(RemovedState reason, Instant now) {
        requirePresent();
        Objects.requireNonNull(reason, "reason");
        return new Participant(tenantId, callId, id, version, info, metadata, isMuted, isInLobby, mediaStreams,
                recordingInfo, reason, rosterSequenceNumber, joinedDateTime, now.isBefore(joinedDateTime) ? joinedDateTime : now);
    }

    /** Stamps a change with the roster's new sequence number, which only ever rises. */
    public Participant stamped(long newRosterSequenceNumber) {
        if (newRosterSequenceNumber <= rosterSequenceNumber) {
            throw new IllegalArgumentException("roster sequence numbers only rise: " + rosterSequenceNumber
                    + " -> " + newRosterSequenceNumber);
        }
        return new Participant(tenantId, callId, id, version, info, metadata, isMuted, isInLobby, mediaStreams,
                recordingInfo, removedState, newRosterSequenceNumber, joinedDateTime, leftDateTime);
    }

    /** The stored form the repository returns after a write. */
    public Participant withVersion(long newVersion) {
        return new Participant(tenantId, callId, id, newVersion, info, metadata, isMuted, isInLobby, mediaStreams,
                recordingInfo, removedState, rosterSequenceNumber, joinedDateTime, leftDateTime);
    }

    private void requirePresent() {
        if (!isPresent()) {
            throw new ConflictException("Participant " + id + " has left the call.");
        }
    }

    /** Clients resending {@code info} may leave out the service-assigned participantId; that is not a change. */
    private ParticipantInfo withAssignedParticipantId(ParticipantInfo sent) {
        return sent.participantId() == null ? sent.withParticipantId(info.participantId()) : sent;
    }

    /** Only each stream's {@code serverMuted} may change; everything else about the streams is read-only. */
    private List<MediaStream> patchStreams(Patch<List<MediaStream>> patch, Violations violations) {
        if (patch.isAbsent()) {
            return mediaStreams;
        }
        List<MediaStream> sent = patch.applyTo(mediaStreams);
        if (sent == null || sent.size() != mediaStreams.size()) {
            violations.add("mediaStreams", "streams cannot be added or removed; only serverMuted may change");
            return mediaStreams;
        }
        List<MediaStream> result = new ArrayList<>(sent.size());
        for (int i = 0; i < sent.size(); i++) {
            MediaStream stored = mediaStreams.get(i);
            MediaStream wanted = sent.get(i);
            if (!wanted.withServerMuted(stored.serverMuted()).equals(stored)) {
                violations.add("mediaStreams[" + i + "]", "only serverMuted may change");
            }
            result.add(stored.withServerMuted(wanted.serverMuted()));
        }
        return result;
    }
}
