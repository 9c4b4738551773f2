package dev.switchboard.domain.event;

import dev.switchboard.domain.common.TenantId;
import dev.switchboard.domain.participant.Participant;

import java.util.Objects;

/** A participant joined a call's roster. */
public record ParticipantJoined(Participant participant) implements CallEvent {

    public ParticipantJoined {
        Objects.requireNonNull(participant, "participant");
    }

    @Override
    public TenantId tenantId() {
        return participant.tenantId();
    }
}
