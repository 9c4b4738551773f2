package dev.switchboard.adapter.persistence.participant;

import dev.switchboard.adapter.persistence.support.PersistenceMapperConfig;
import dev.switchboard.domain.participant.Participant;
import dev.switchboard.domain.participant.RemovedState;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;
import org.mapstruct.factory.Mappers;

/** Participant to row and back; the way back goes through {@link Participant}'s constructor and its checks. */
@Mapper(config = PersistenceMapperConfig.class, uses = ParticipantJson.class)
interface ParticipantRowMapper {

    ParticipantRowMapper INSTANCE = Mappers.getMapper(ParticipantRowMapper.class);

    @Mapping(target = "muted", source = "isMuted")
    @Mapping(target = "inLobby", source = "isInLobby")
    @Mapping(target = "present", expression = "java(participant.isPresent())")
    @Mapping(target = "removedReason", source = "removedState.reason")
    ParticipantRow toRow(Participant participant);

    // MapStruct takes the aggregate's one-argument "with" methods for fluent setters; the constructor sets everything
    @Mapping(target = "update", ignore = true)
    @Mapping(target = "stamped", ignore = true)
    @Mapping(target = "withVersion", ignore = true)
    @Mapping(target = "isMuted", source = "muted")
    @Mapping(target = "isInLobby", source = "inLobby")
    @Mapping(target = "removedState", source = "row", qualifiedByName = "removedState")
    Participant toParticipant(ParticipantRow row);

    /** A participant has left exactly when its row is no longer present. */
    @Named("removedState")
    default RemovedState removedState(ParticipantRow row) {
        return row.present() ? null : new RemovedState(row.removedReason());
    }
}
