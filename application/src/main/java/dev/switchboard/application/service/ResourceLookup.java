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

    /** A participant on a call's roster, with the call, as {@link #presentParticipantInVisibleCall} found them. */
    public record PresentParticipant(Call call, Participant participant) {
    }

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

    /**
     * A participant present in a visible call, with the call, both read in one query. A call that is missing,
     * another tenant's or past its retention is "call not found", whatever the participant; then a participant who
     * is missing or has left is "participant not found".
     */
    public PresentParticipant presentParticipantInVisibleCall(TenantId tenantId, CallId callId,
                                                              ParticipantId participantId) {
        ParticipantOfCall read = ports.participants().findWithCall(tenantId, callId, participantId)
                .filter(found -> isVisible(found.call()))
                .orElseThrow(() -> callNotFound(callId));
        Participant participant = read.participant()
                .filter(Participant::isPresent)
                .orElseThrow(() -> participantNotFound(participantId));
        return new PresentParticipant(read.call(), participant);
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
