package dev.switchboard.domain.event;

import dev.switchboard.domain.common.CallId;
import dev.switchboard.domain.common.TenantId;

import java.util.Optional;

/**
 * Something that happened to a call, its roster, its operations or its records. Events feed callback
 * notifications and live subscriptions; each names the tenant it belongs to, so it never reaches another.
 */
public sealed interface CallEvent
        permits CallStateChanged, ParticipantJoined, ParticipantUpdated, ParticipantLeft, OperationProgressed,
                CallRecordCreated, CallRecordUpdated {

    TenantId tenantId();

    /** The call the event is about; a call record names none (its id is the ended call's chain id). */
    Optional<CallId> callId();
}
