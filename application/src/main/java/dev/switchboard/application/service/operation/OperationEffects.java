package dev.switchboard.application.service.operation;

import dev.switchboard.application.port.out.OutboundPorts;
import dev.switchboard.domain.call.Call;
import dev.switchboard.domain.common.ParticipantId;
import dev.switchboard.domain.event.ParticipantJoined;
import dev.switchboard.domain.event.ParticipantUpdated;
import dev.switchboard.domain.operation.CommsOperation;
import dev.switchboard.domain.operation.InviteParticipantsOperation;
import dev.switchboard.domain.operation.MuteParticipantOperation;
import dev.switchboard.domain.operation.OperationStatus;
import dev.switchboard.domain.participant.InvitationParticipantInfo;
import dev.switchboard.domain.participant.Participant;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a completed operation does to the roster: invitees join, a muted participant is muted. Runs inside the
 * transaction that completes the operation, whoever completes it (a client's PATCH or the lifecycle engine).
 */
public final class OperationEffects {

    private final OutboundPorts ports;

    public OperationEffects(OutboundPorts ports) {
        this.ports = ports;
    }

    public void applyCompleted(CommsOperation operation) {
        if (operation.status() != OperationStatus.COMPLETED) {
            return;
        }
        // Java 17 has no pattern switch; the kinds are few and sealed. Unmuting the application's own media needs
        // no roster change in a simulator.
        if (operation.kind() instanceof InviteParticipantsOperation invite) {
            join(operation, invite);
        } else if (operation.kind() instanceof MuteParticipantOperation mute) {
            muteParticipant(operation, mute.participantId());
        }
    }

    /** Invitees already on the roster (by identity) are not added twice. */
    private void join(CommsOperation operation, InviteParticipantsOperation invite) {
        int partiesBefore = ports.participants().countPresent(operation.tenantId(), operation.callId());
        Set<String> present = ports.participants().findAll(operation.tenantId(), operation.callId()).stream()
                .filter(Participant::isPresent)
                .map(Participant::identityId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Instant now = ports.clock().instant();
        int joined = 0;
        for (InvitationParticipantInfo invitee : invite.participants()) {
            String identityId = invitee.identity().principalId();
            if (identityId != null && !present.add(identityId)) {
                continue;
            }
            Participant participant = ports.participants().insert(Participant.fromInvitation(operation.tenantId(),
                    operation.callId(), ParticipantId.of(ports.ids().newId()), invitee,
                    ports.rosterSequence().next(operation.tenantId(), operation.callId()), now));
            ports.events().publish(new ParticipantJoined(participant));
            joined++;
        }
        if (joined > 0) {
            admitToCall(operation, partiesBefore, joined);
        }
    }

    /** A third party turns a peer-to-peer call into a group call, once they have actually joined. */
    private void admitToCall(CommsOperation operation, int partiesBefore, int newcomers) {
        ports.calls().find(operation.tenantId(), operation.callId()).ifPresent(call -> {
            Call admitted = call.admit(partiesBefore, newcomers, false);
            if (admitted != call) {
                ports.calls().update(admitted);
            }
        });
    }

    private void muteParticipant(CommsOperation operation, ParticipantId participantId) {
        Optional<Participant> target = ports.participants().find(operation.tenantId(), operation.callId(), participantId)
                .filter(Participant::isPresent);
        target.ifPresent(participant -> {
            Participant muted = participant.mute();
            if (!muted.equals(participant)) {
                Participant saved = ports.participants().update(
                        muted.stamped(ports.rosterSequence().next(operation.tenantId(), operation.callId())));
                ports.events().publish(new ParticipantUpdated(saved));
            }
        });
    }
}
