package dev.switchboard.application.port.out;

import dev.switchboard.domain.call.Call;
import dev.switchboard.domain.participant.Participant;

import java.util.Objects;
import java.util.Optional;

/**
 * A call as stored, read together with one of its participants: what {@link ParticipantRepository#findWithCall}
 * answers, so that a read of one participant can judge its call without a second round trip.
 *
 * @param call        the call, whatever its state
 * @param participant the participant asked for, present or left; empty when the call has none by that id
 */
public record ParticipantOfCall(Call call, Optional<Participant> participant) {

    public ParticipantOfCall {
        Objects.requireNonNull(call, "call");
        Objects.requireNonNull(participant, "participant");
    }
}
