package dev.switchboard.domain.testing;

import dev.switchboard.domain.common.Patch;
import dev.switchboard.domain.participant.MediaStream;
import dev.switchboard.domain.participant.Participant;
import dev.switchboard.domain.participant.ParticipantInfo;
import dev.switchboard.domain.participant.ParticipantPatch;
import dev.switchboard.domain.participant.RecordingInfo;
import dev.switchboard.domain.participant.RemovedState;

import java.util.List;

/** Builds a {@link ParticipantPatch}, including the read-only properties a client may resend. Everything starts absent. */
public final class ParticipantPatchBuilder {

    private Patch<String> id = Patch.absent();
    private Patch<ParticipantInfo> info = Patch.absent();
    private Patch<RecordingInfo> recordingInfo = Patch.absent();
    private Patch<List<MediaStream>> mediaStreams = Patch.absent();
    private Patch<String> metadata = Patch.absent();
    private Patch<Boolean> isMuted = Patch.absent();
    private Patch<Boolean> isInLobby = Patch.absent();
    private Patch<RemovedState> removedState = Patch.absent();
    private Patch<Long> rosterSequenceNumber = Patch.absent();

    private ParticipantPatchBuilder() {
    }

    public static ParticipantPatchBuilder aParticipantPatch() {
        return new ParticipantPatchBuilder();
    }

    /** A GET-modify-PATCH round trip that modifies nothing: every property as stored (null ones as {@code null}). */
    public static ParticipantPatchBuilder resending(Participant stored) {
        return aParticipantPatch()
                .withId(Patch.of(stored.id().value()))
                .withInfo(Patch.of(stored.info()))
                .withRecordingInfo(Patch.ofNullable(stored.recordingInfo()))
                .withMediaStreams(Patch.of(stored.mediaStreams()))
                .withMetadata(Patch.ofNullable(stored.metadata()))
                .withIsMuted(Patch.of(stored.isMuted()))
                .withIsInLobby(Patch.of(stored.isInLobby()))
                .withRemovedState(Patch.ofNullable(stored.removedState()))
                .withRosterSequenceNumber(Patch.of(stored.rosterSequenceNumber()));
    }

    public ParticipantPatchBuilder withId(Patch<String> value) {
        id = value;
        return this;
    }

    public ParticipantPatchBuilder withInfo(Patch<ParticipantInfo> value) {
        info = value;
        return this;
    }

    public ParticipantPatchBuilder withRecordingInfo(Patch<RecordingInfo> value) {
        recordingInfo = value;
        return this;
    }

    public ParticipantPatchBuilder withMediaStreams(Patch<List<MediaStream>> value) {
        mediaStreams = value;
        return this;
    }

    public ParticipantPatchBuilder withMetadata(Patch<String> value) {
        metadata = value;
        return this;
    }

    public ParticipantPatchBuilder withIsMuted(Patch<Boolean> value) {
        isMuted = value;
        return this;
    }

    public ParticipantPatchBuilder withIsInLobby(Patch<Boolean> value) {
        isInLobby = value;
        return this;
    }

    public ParticipantPatchBuilder withRemovedState(Patch<RemovedState> value) {
        removedState = value;
        return this;
    }

    public ParticipantPatchBuilder withRosterSequenceNumber(Patch<Long> value) {
        rosterSequenceNumber = value;
        return this;
    }

    public ParticipantPatch build() {
        return new ParticipantPatch(id, info, recordingInfo, mediaStreams, metadata, isMuted, isInLobby, removedState,
                rosterSequenceNumber);
    }
}
