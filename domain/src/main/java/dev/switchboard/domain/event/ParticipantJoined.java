package dev.switchboard.domain.event;

import dev.switchboard.domain.common.CallId;
import dev.switchboard.domain.common.TenantId;
import dev.switchboard.domain.participant.Participant;

import java.util.Objects;
import java.util.Optional;

/** A participant joined a call's roster. */
public record ParticipantJoined(Participant participant) implements CallEvent {

    public ParticipantJoined {
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
