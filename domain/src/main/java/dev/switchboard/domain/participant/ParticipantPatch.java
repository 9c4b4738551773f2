package dev.switchboard.domain.participant;

import dev.switchboard.domain.common.Patch;

import java.util.List;
import java.util.Objects;

/**
 * A PATCH of a participant. Writable: {@code metadata}, {@code isMuted}, {@code isInLobby} and each stream's
 * {@code serverMuted}. The read-only properties are here too, because a client may resend them: equal to what is
 * stored they are accepted, different they are refused.
 */
public record ParticipantPatch(
        Patch<String> id,
        Patch<ParticipantInfo> info,
        Patch<RecordingInfo> recordingInfo,
        Patch<List<MediaStream>> mediaStreams,
        Patch<String> metadata,
        Patch<Boolean> isMuted,
        Patch<Boolean> isInLobby,
        Patch<RemovedState> removedState,
        Patch<Long> rosterSequenceNumber) {

    public ParticipantPatch {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(recordingInfo, "recordingInfo");
        Objects.requireNonNull(mediaStreams, "mediaStreams");
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(isMuted, "isMuted");
        Objects.requireNonNull(isInLobby, "isInLobby");
        Objects.requireNonNull(removedState, "removedState");
        Objects.requireNonNull(rosterSequenceNumber, "rosterSequenceNumber");
    }

    /** A patch that sends nothing; start here and set what the body holds. */
    public static ParticipantPatch empty() {
        return new ParticipantPatch(Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent(),
                Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent());
    }

    public ParticipantPatch withMetadata(Patch<String> value) {
        return new ParticipantPatch(id, info, recordingInfo, mediaStreams, value, isMuted, isInLobby, removedState, rosterSequenceNumber);
    }

    public ParticipantPatch withIsMuted(Patch<Boolean> value) {
        return new ParticipantPatch(id, info, recordingInfo, mediaStreams, metadata, value, isInLobby, removedState, rosterSequenceNumber);
    }

    public ParticipantPatch withIsInLobby(Patch<Boolean> value) {
        return new ParticipantPatch(id, info, recordingInfo, mediaStreams, metadata, isMuted, value, removedState, rosterSequenceNumber);
    }

    public ParticipantPatch withMediaStreams(Patch<List<MediaStream>> value) {
        return new ParticipantPatch(id, info, recordingInfo, value, metadata, isMuted, isInLobby, removedState, rosterSequenceNumber);
    }

    public ParticipantPatch withInfo(Patch<ParticipantInfo> value) {
        return new ParticipantPatch(id, value, recordingInfo, mediaStreams, metadata, isMuted, isInLobby, removedState, rosterSequenceNumber);
    }

    public ParticipantPatch withRecordingInfo(Patch<RecordingInfo> value) {
        return new ParticipantPatch(id, info, value, mediaStreams, metadata, isMuted, isInLobby, removedState, rosterSequenceNumber);
    }

    public ParticipantPatch withId(Patch<String> value) {
        return new ParticipantPatch(value, info, recordingInfo, mediaStreams, metadata, isMuted, isInLobby, removedState, rosterSequenceNumber);
    }
}
