package dev.switchboard.adapter.graphql.participant;

import dev.switchboard.adapter.graphql.support.GraphValueReaders;
import dev.switchboard.adapter.graphql.support.Inputs;
import dev.switchboard.domain.common.Patch;
import dev.switchboard.domain.error.Violations;
import dev.switchboard.domain.identity.IdentitySet;
import dev.switchboard.domain.participant.MediaStream;
import dev.switchboard.domain.participant.NewParticipant;
import dev.switchboard.domain.participant.ParticipantInfo;
import dev.switchboard.domain.participant.ParticipantPatch;
import dev.switchboard.domain.participant.RecordingInfo;
import dev.switchboard.domain.participant.RemovedState;

import java.util.List;

import static dev.switchboard.domain.error.Violations.join;

/**
 * Reads the roster's inputs into domain values: a new participant, and a PATCH in which omitted fields stay absent,
 * explicit nulls clear, and read-only fields are passed on for the participant to accept unchanged or refuse.
 */
final class ParticipantInputs {

    private ParticipantInputs() {
    }

    static NewParticipant newParticipant(AddParticipantInput input, Violations violations) {
        Violations own = new Violations();
        ParticipantInfo info = GraphValueReaders.participantInfo(input.info(), "info", own);
        List<MediaStream> streams = Inputs.each(input.mediaStreams(), "mediaStreams", own, ParticipantInputs::mediaStream);
        RecordingInfo recordingInfo = recordingInfo(input.recordingInfo(), "recordingInfo", own);
        return Inputs.build(violations, own, "", () -> new NewParticipant(info, input.metadata(),
                Boolean.TRUE.equals(input.isMuted()), Boolean.TRUE.equals(input.isInLobby()), streams, recordingInfo));
    }

    static ParticipantPatch patch(UpdateParticipantInput input, Violations violations) {
        return new ParticipantPatch(
                Patch.absent(),
                Inputs.patch(input.info(), info -> GraphValueReaders.participantInfo(info, "info", violations)),
                Inputs.patch(input.recordingInfo(), info -> recordingInfo(info, "recordingInfo", violations)),
                Inputs.patch(input.mediaStreams(),
                        streams -> Inputs.each(streams, "mediaStreams", violations, ParticipantInputs::mediaStream)),
                Inputs.patch(input.metadata()),
                Inputs.patch(input.isMuted()),
                Inputs.patch(input.isInLobby()),
                Inputs.patch(input.removedState(), state -> Inputs.build(violations, new Violations(), "removedState",
                        () -> new RemovedState(state.reason()))),
                Inputs.patch(input.rosterSequenceNumber()));
    }

    static MediaStream mediaStream(MediaStreamInput input, String path, Violations violations) {
        return Inputs.build(violations, new Violations(), path, () -> new MediaStream(input.mediaType(),
                input.direction(), input.sourceId(), Boolean.TRUE.equals(input.serverMuted()), input.label()));
    }

    static RecordingInfo recordingInfo(RecordingInfoInput input, String path, Violations violations) {
        if (input == null) {
            return null;
        }
        Violations own = new Violations();
        IdentitySet initiator = GraphValueReaders.identitySet(input.initiator(), join(path, "initiator"), own);
        ParticipantInfo initiatedBy = GraphValueReaders.participantInfo(input.initiatedBy(), join(path, "initiatedBy"), own);
        return Inputs.build(violations, own, path, () -> new RecordingInfo(input.recordingStatus(), initiator, initiatedBy));
    }
}
