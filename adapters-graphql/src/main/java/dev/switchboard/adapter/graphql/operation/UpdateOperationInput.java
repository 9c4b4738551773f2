package dev.switchboard.adapter.graphql.operation;

import dev.switchboard.adapter.graphql.support.InvitationParticipantInfoInput;
import dev.switchboard.adapter.graphql.support.ResultInfoInput;
import dev.switchboard.domain.operation.OperationStatus;

import java.util.List;

import org.springframework.graphql.data.ArgumentValue;

/** The input of {@code updateOperation}; each patchable field tells "left out" from "sent as null". */
public record UpdateOperationInput(
        String callId,
        String id,
        String ifMatch,
        ArgumentValue<OperationStatus> status,
        ArgumentValue<String> clientContext,
        ArgumentValue<ResultInfoInput> resultInfo,
        ArgumentValue<List<InvitationParticipantInfoInput>> participants) {
}
