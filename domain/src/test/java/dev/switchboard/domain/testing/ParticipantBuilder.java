package dev.switchboard.domain.testing;

import dev.switchboard.domain.common.ParticipantId;
import dev.switchboard.domain.identity.EndpointType;
import dev.switchboard.domain.participant.MediaStream;
import dev.switchboard.domain.participant.Participant;
import dev.switchboard.domain.participant.ParticipantInfo;
import dev.switchboard.domain.participant.RecordingInfo;
import dev.switchboard.domain.participant.RemovedState;

import java.time.Instant;
import java.util.List;

import static dev.switchboard.domain.testing.TestData.CALL_ID;
import static dev.switchboard.domain.testing.TestData.T0;
import static dev.switchboard.domain.testing.TestData.TENANT;
import static dev.switchboard.domain.testing.TestData.aUser;

/**
 * Builds a stored {@link Participant}, as the repository rebuilds it. By default Alice, on the roster since
 * {@link TestData#T0}, unmuted, with one audio stream and nothing recorded; her info carries her participant id.
 */
public final class ParticipantBuilder {

    private String id = "p-alice";
    private long version;
    private ParticipantInfo info = new ParticipantInfo(aUser("alice"), EndpointType.DEFAULT, "emea", "en-US", "GB", null);
    private boolean fillInParticipantId = true;
    private String metadata;
    private boolean isMuted;
    private boolean isInLobby;
    private List<MediaStream> mediaStreams = List.of(MediaStream.defaultAudio("1"));
    private RecordingInfo recordingInfo = RecordingInfo.notRecording();
    private RemovedState removedState;
    private long rosterSequenceNumber = 1;
    private Instant joinedDateTime = T0;
    private Instant leftDateTime;

    private ParticipantBuilder() {
    }

    public static ParticipantBuilder aParticipant() {
        return new ParticipantBuilder();
    }


    public ParticipantBuilder withId(String value) {
        id = value;
        return this;
    }

    public ParticipantBuilder withVersion(long value) {
        version = value;
        return this;
    }

    /** The info as given; unless it names a participant id, the participant's own id is filled in. */
    public ParticipantBuilder withInfo(ParticipantInfo value) {
        info = value;
        fillInParticipantId = value.participantId() == null;
        return this;
    }

    public ParticipantBuilder withMetadata(String value) {
        metadata = value;
        return this;
    }

    public ParticipantBuilder muted(boolean value) {
        isMuted = value;
        return this;
    }

    public ParticipantBuilder inLobby(boolean value) {
        isInLobby = value;
        return this;
    }

    public ParticipantBuilder withMediaStreams(List<MediaStream> value) {
        mediaStreams = value;
        return this;
    }

    public ParticipantBuilder withMediaStreams(MediaStream... values) {
        return withMediaStreams(List.of(values));
    }

    public ParticipantBuilder withRecordingInfo(RecordingInfo value) {
        recordingInfo = value;
        return this;
    }

    public ParticipantBuilder withRosterSequenceNumber(long value) {
        rosterSequenceNumber = value;
        return this;
    }

    public ParticipantBuilder joinedAt(Instant value) {
        joinedDateTime = value;
        return this;
    }

    public ParticipantBuilder removed(String reason, Instant at) {
        removedState = new RemovedState(reason);
        leftDateTime = at;
        return this;
    }

    public Participant build() {
        ParticipantInfo stored = fillInParticipantId ? info.withParticipantId(id) : info;
        return new Participant(TENANT, CALL_ID, ParticipantId.of(id), version, stored, metadata, isMuted, isInLobby,
                mediaStreams, recordingInfo, removedState, rosterSequenceNumber, joinedDateTime, leftDateTime);
    }
}
