package dev.switchboard.application.service;

import dev.switchboard.application.port.out.OutboundPorts;
import dev.switchboard.application.port.out.ParticipantOfCall;
import dev.switchboard.domain.call.Call;
import dev.switchboard.domain.callrecord.CallRecord;
import dev.switchboard.domain.common.CallId;
import dev.switchboard.domain.common.CallRecordId;
import dev.switchboard.domain.common.OperationId;
import dev.switchboard.domain.common.ParticipantId;
import dev.switchboard.domain.common.TenantId;
import dev.switchboard.domain.error.NotFoundException;
import dev.switchboard.domain.operation.CommsOperation;
import dev.switchboard.domain.participant.Participant;

/**
 * Loads what a request names, or says it was not found. One place decides visibility: another tenant's
 * resource, a missing one, a call past its retention and a participant who left all look the same.
 */
public final class ResourceLookup {

    private final OutboundPorts ports;
    private final CoreSettings settings;

    public ResourceLookup(OutboundPorts ports, CoreSettings settings) {
        this.ports = ports;
        this.settings = settings;
    }

    public Call call(TenantId tenantId, CallId callId) {
        return ports.calls().find(tenantId, callId)
                .filter(this::isVisible)
                .orElseThrow(() -> callNotFound(callId));
    }

    /** A participant present in the call (looked up after the call itself, which must be visible). */
    public Participant presentParticipant(TenantId tenantId, CallId callId, ParticipantId participantId) {
        return ports.participants().find(tenantId, callId, participantId)
                .filter(Participant::isPresent)
                .orElseThrow(() -> participantNotFound(participantId));
    }

    /**
     * A participant present in a visible call, call and participant read in one query: {@link #call} and
     * {@link #presentParticipant} in one round trip, with the same answers when either is not found.
     */
    public Participant presentParticipantOfVisibleCall(TenantId tenantId, CallId callId, ParticipantId participantId) {
        ParticipantOfCall read = ports.participants().findWithCall(tenantId, callId, participantId)
                .filter(found -> isVisible(found.call()))
                .orElseThrow(() -> callNotFound(callId));
        return read.participant()
                .filter(Participant::isPresent)
                .orElseThrow(() -> participantNotFound(participantId));
    }

    public CommsOperation operation(TenantId tenantId, CallId callId, OperationId operationId) {
        return ports.operations().find(tenantId, callId, operationId)
                .orElseThrow(() -> new NotFoundException("operation", operationId.value()));
    }

    public CallRecord callRecord(TenantId tenantId, CallRecordId callRecordId) {
        return ports.callRecords().find(tenantId, callRecordId)
                .filter(record -> record.isVisibleAt(ports.clock().instant(), settings.callRecordRetention()))
                .orElseThrow(() -> new NotFoundException("callRecord", callRecordId.value()));
    }

    public CoreSettings settings() {
        return settings;
    }

    private boolean isVisible(Call call) {
        return call.isVisibleAt(ports.clock().instant(), settings.terminatedCallRetention());
    }

    private static NotFoundException callNotFound(CallId callId) {
        return new NotFoundException("call", callId.value());
    }

    private static NotFoundException participantNotFound(ParticipantId participantId) {
        return new NotFoundException("participant", participantId.value());
    }
}
