package dev.switchboard.adapter.rest.operation;

import dev.switchboard.adapter.rest.support.InvitationParticipantInfoJson;
import dev.switchboard.adapter.rest.support.ResultInfoJson;

import java.util.List;

/**
 * Graph's {@code commsOperation} subtypes on the wire. The subtype is always named ({@code @odata.type}), and
 * {@code status} is spelled as in the CSDL: {@code NotStarted}, {@code Running}, {@code Completed}, {@code Failed}.
 */
public sealed interface OperationJson
        permits OperationJson.InviteParticipants, OperationJson.MuteParticipant, OperationJson.UnmuteParticipant {

    String id();

    record InviteParticipants(String id, String status, String clientContext, ResultInfoJson resultInfo,
                              List<InvitationParticipantInfoJson> participants) implements OperationJson {
    }

    record MuteParticipant(String id, String status, String clientContext, ResultInfoJson resultInfo)
            implements OperationJson {
    }

    record UnmuteParticipant(String id, String status, String clientContext, ResultInfoJson resultInfo)
            implements OperationJson {
    }
}
