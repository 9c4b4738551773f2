package dev.switchboard.adapter.graphql.participant;

import dev.switchboard.adapter.graphql.support.GraphQlMapperConfig;
import dev.switchboard.adapter.graphql.support.GraphValueViewMapper;
import dev.switchboard.domain.participant.Participant;
import dev.switchboard.domain.participant.RecordingInfo;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** A participant as the schema shows it, with its version as an entity tag. */
@Mapper(config = GraphQlMapperConfig.class, uses = GraphValueViewMapper.class)
public interface ParticipantViewMapper {

    @Mapping(target = "etag", expression = "java(dev.switchboard.adapter.graphql.support.ETags.of(participant.version()))")
    ParticipantView toView(Participant participant);

    ParticipantView.RecordingInfoView recordingInfo(RecordingInfo recordingInfo);
}
