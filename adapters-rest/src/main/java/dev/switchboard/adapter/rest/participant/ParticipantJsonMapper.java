package dev.switchboard.adapter.rest.participant;

import dev.switchboard.adapter.rest.odata.WireContext;
import dev.switchboard.adapter.rest.support.GraphValueJsonMapper;
import dev.switchboard.adapter.rest.support.RestMapperConfig;
import dev.switchboard.domain.participant.MediaStream;
import dev.switchboard.domain.participant.Participant;
import dev.switchboard.domain.participant.RecordingInfo;
import dev.switchboard.domain.participant.RemovedState;

import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** A participant as Graph writes it. */
@Mapper(config = RestMapperConfig.class, uses = GraphValueJsonMapper.class)
interface ParticipantJsonMapper {

    ParticipantJson toJson(Participant participant, @Context WireContext wire);

    ParticipantJson.MediaStreamJson mediaStream(MediaStream stream, @Context WireContext wire);

    /** v1.0 knows only {@code initiator}; beta also {@code initiatedBy}. */
    @Mapping(target = "initiatedBy", expression = "java(wire.isBeta() ? graphValueJsonMapper.participantInfo(recordingInfo.initiatedBy(), wire) : null)")
    ParticipantJson.RecordingInfoJson recordingInfo(RecordingInfo recordingInfo, @Context WireContext wire);

    ParticipantJson.RemovedStateJson removedState(RemovedState removedState);
}
