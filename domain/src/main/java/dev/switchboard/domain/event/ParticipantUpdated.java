package dev.switchboard.domain.event;

import dev.switchboard.domain.common.CallId;
import dev.switchboard.domain.common.TenantId;
import dev.switchboard.domain.participant.Participant;

import java.util.Objects;
import java.util.Optional;

/** A participant on the roster changed (muted, left the lobby, new metadata). */
public record ParticipantUpdated(Participant participant) implements CallEvent {

    public ParticipantUpdated {
        Objects.requireNonNull(participant, "participant");
    }

    @Override
    public TenantId tenantId() {
        return participant.tenantId();
    }

    @Override
    public Optional<CallId> callId() {
        return Optional.of(participant.callId());
    }
}
