package dev.switchboard.adapter.graphql.operation;

import dev.switchboard.domain.common.ResultInfo;
import dev.switchboard.domain.operation.OperationStatus;

/** The GraphQL type {@code MuteParticipantOperation}. */
public record MuteParticipantOperationView(String id, String callId, String etag, OperationStatus status,
                                           String clientContext, ResultInfo resultInfo)
        implements CommsOperationView {
}
