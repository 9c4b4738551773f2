package dev.switchboard.domain.event;

import dev.switchboard.domain.common.CallId;
import dev.switchboard.domain.common.TenantId;
import dev.switchboard.domain.participant.Participant;

import java.util.Objects;
import java.util.Optional;

/** A participant left the roster. */
public record ParticipantLeft(Participant participant) implements CallEvent {

    public ParticipantLeft {
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
