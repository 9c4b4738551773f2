package dev.switchboard.adapter.rest.operation;

import dev.switchboard.adapter.rest.odata.WireContext;
import dev.switchboard.adapter.rest.support.GraphValueJsonMapper;
import dev.switchboard.adapter.rest.support.RestMapperConfig;
import dev.switchboard.domain.operation.CommsOperation;
import dev.switchboard.domain.operation.InviteParticipantsOperation;
import dev.switchboard.domain.operation.MuteParticipantOperation;
import dev.switchboard.domain.operation.UnmuteParticipantOperation;

import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** An operation as Graph writes it: one wire subtype per kind. Also used by the participant actions that start one. */
@Mapper(config = RestMapperConfig.class, uses = GraphValueJsonMapper.class)
public interface OperationJsonMapper {

    default OperationJson toJson(CommsOperation operation, @Context WireContext wire) {
        // Java 17 has no pattern switch; the kinds are few and sealed
        if (operation.kind() instanceof InviteParticipantsOperation invite) {
            return invite(operation, invite, wire);
        }
        if (operation.kind() instanceof MuteParticipantOperation) {
            return mute(operation, wire);
        }
        if (operation.kind() instanceof UnmuteParticipantOperation) {
            return unmute(operation, wire);
        }
        throw new IllegalStateException("unknown operation kind " + operation.kind());
    }

    @Mapping(target = "id", source = "operation.id")
    @Mapping(target = "participants", source = "invite.participants")
    OperationJson.InviteParticipants invite(CommsOperation operation, InviteParticipantsOperation invite, @Context WireContext wire);

    OperationJson.MuteParticipant mute(CommsOperation operation, @Context WireContext wire);

    OperationJson.UnmuteParticipant unmute(CommsOperation operation, @Context WireContext wire);
}
