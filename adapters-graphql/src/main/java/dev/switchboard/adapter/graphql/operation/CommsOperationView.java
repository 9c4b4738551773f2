package dev.switchboard.adapter.graphql.operation;

import dev.switchboard.domain.common.ResultInfo;
import dev.switchboard.domain.operation.OperationStatus;

/** The GraphQL interface {@code CommsOperation}; each implementation is one of its types (see {@link OperationViews}). */
public sealed interface CommsOperationView
        permits InviteParticipantsOperationView, MuteParticipantOperationView, UnmuteParticipantOperationView {

    String id();

    String callId();

    String etag();

    OperationStatus status();

    String clientContext();

    ResultInfo resultInfo();
}
