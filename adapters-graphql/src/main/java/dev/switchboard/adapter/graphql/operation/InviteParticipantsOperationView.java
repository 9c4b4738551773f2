package dev.switchboard.adapter.graphql.operation;

import dev.switchboard.adapter.graphql.support.InvitationParticipantInfoView;
import dev.switchboard.domain.common.ResultInfo;
import dev.switchboard.domain.operation.OperationStatus;

import java.util.List;

/** The GraphQL type {@code InviteParticipantsOperation}. */
public record InviteParticipantsOperationView(String id, String callId, String etag, OperationStatus status,
                                              String clientContext, ResultInfo resultInfo,
                                              List<InvitationParticipantInfoView> participants)
        implements CommsOperationView {
}
