package dev.switchboard.domain.event;

import dev.switchboard.domain.common.TenantId;
import dev.switchboard.domain.participant.Participant;

import java.util.Objects;

/** A participant left the roster. */
public record ParticipantLeft(Participant participant) implements CallEvent {

    public ParticipantLeft {
        Objects.requireNonNull(participant, "participant");
    }

    @Override
    public TenantId tenantId() {
        return participant.tenantId();
    }
}
