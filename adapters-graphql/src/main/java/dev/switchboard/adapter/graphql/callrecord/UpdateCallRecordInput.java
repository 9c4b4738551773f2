package dev.switchboard.adapter.graphql.callrecord;

import dev.switchboard.adapter.graphql.support.IdentitySetInput;
import dev.switchboard.domain.callrecord.CallRecordModality;
import dev.switchboard.domain.callrecord.CallType;

import java.time.Instant;
import java.util.List;

import org.springframework.graphql.data.ArgumentValue;

/** The input of {@code updateCallRecord}; each patchable field tells "left out" from "sent as null". */
public record UpdateCallRecordInput(
        String id,
        String ifMatch,
        ArgumentValue<Long> version,
        ArgumentValue<CallType> type,
        ArgumentValue<List<CallRecordModality>> modalities,
        ArgumentValue<Instant> startDateTime,
        ArgumentValue<Instant> endDateTime,
        ArgumentValue<Instant> lastModifiedDateTime,
        ArgumentValue<String> joinWebUrl,
        ArgumentValue<IdentitySetInput> organizer,
        ArgumentValue<List<IdentitySetInput>> participants) {
}
