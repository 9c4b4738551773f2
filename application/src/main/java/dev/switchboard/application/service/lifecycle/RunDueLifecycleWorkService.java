package dev.switchboard.application.service.lifecycle;

import dev.switchboard.application.port.in.lifecycle.RunDueLifecycleWorkUseCase;
import dev.switchboard.application.port.out.LifecycleTimer;
import dev.switchboard.application.port.out.OutboundPorts;
import dev.switchboard.application.service.operation.OperationEffects;
import dev.switchboard.domain.call.Call;
import dev.switchboard.domain.callrecord.CallRecord;
import dev.switchboard.domain.common.OperationId;
import dev.switchboard.domain.common.ResultInfo;
import dev.switchboard.domain.common.ParticipantId;
import dev.switchboard.domain.event.CallRecordCreated;
import dev.switchboard.domain.event.CallStateChanged;
import dev.switchboard.domain.event.OperationProgressed;
import dev.switchboard.domain.event.ParticipantJoined;
import dev.switchboard.domain.operation.CommsOperation;
import dev.switchboard.domain.participant.InvitationParticipantInfo;
import dev.switchboard.domain.participant.Participant;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The lifecycle engine's one step (establishing calls, finishing operations, ending calls whose keepAlive lapsed):
 * each due timer is claimed and worked off in a transaction of its own, so one
 * failing timer neither blocks nor undoes the others. A timer whose work throws is put off by {@link #RETRY_AFTER}
 * and tried again.
 */
class RunDueLifecycleWorkService implements RunDueLifecycleWorkUseCase {

    /** How long a timer whose work failed (a concurrent write, the database away) waits before the next try. */
    static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    private final OutboundPorts ports;
    private final OperationEffects effects;
    private final Duration keepAliveTimeout;

    RunDueLifecycleWorkService(OutboundPorts ports, OperationEffects effects, Duration keepAliveTimeout) {
        this.ports = ports;
        this.effects = effects;
        this.keepAliveTimeout = keepAliveTimeout;
    }

    @Override
    public int runDue(int limit) {
        List<LifecycleTimer> due = ports.timers().due(ports.clock().instant(), limit);
        int done = 0;
        for (LifecycleTimer timer : due) {
            if (runOne(timer)) {
                done++;
            }
        }
        return done;
    }

    private boolean runOne(LifecycleTimer timer) {
        try {
            return ports.transactions().inTransaction(() -> {
                if (!ports.timers().claim(timer)) {
                    return false;
                }
                switch (timer.kind()) {
                    case ESTABLISH_CALL -> establish(timer);
                    case FINISH_OPERATION -> finish(timer);
                    case EXPIRE_CALL -> expire(timer);
                }
                return true;
            });
        } catch (RuntimeException failure) {
            // the work rolled back, and with it the claim: the timer is still stored, so put it off and try again
            ports.transactions().inTransaction(() -> {
                ports.timers().postpone(timer.dueAt(ports.clock().instant().plus(RETRY_AFTER)));
                return null;
            });
            return false;
        }
    }

    /** The targets answer: the call is established and they join its roster. */
    private void establish(LifecycleTimer timer) {
        Optional<Call> found = ports.calls().find(timer.tenantId(), timer.callId()).filter(Call::awaitsAnswer);
        if (found.isEmpty()) {
            return;
        }
        Instant now = ports.clock().instant();
        Call established = ports.calls().update(found.get().establish(now));
        ports.events().publish(new CallStateChanged(established));
        Set<String> present = presentIdentities(established);
        for (InvitationParticipantInfo target : established.spec().targets()) {
            String identityId = target.identity().principalId();
            if (identityId != null && !present.add(identityId)) {
                continue;
            }
            Participant joined = ports.participants().insert(Participant.fromInvitation(established.tenantId(),
                    established.id(), ParticipantId.of(ports.ids().newId()), target,
                    ports.rosterSequence().next(established.tenantId(), established.id()), now));
            ports.events().publish(new ParticipantJoined(joined));
        }
    }

    /**
     * No keepAlive came in time: the call ends with 408/8537 and its record is written, as a hang-up does. A call
     * kept alive after the timer was read is set a new timer instead.
     */
    private void expire(LifecycleTimer timer) {
        Optional<Call> found = ports.calls().find(timer.tenantId(), timer.callId()).filter(call -> !call.isTerminated());
        if (found.isEmpty()) {
            return;
        }
        Call call = found.get();
        Instant now = ports.clock().instant();
        if (!call.keepAliveExpired(now, keepAliveTimeout)) {
            // due just after the deadline, as the call expires only once it has passed
            ports.timers().schedule(timer.dueAt(call.keepAliveDeadline(keepAliveTimeout).plusNanos(1_000)));
            return;
        }
        Call ended = ports.calls().update(call.end(ResultInfo.KEEP_ALIVE_TIMEOUT, now));
        CallRecord record = ports.callRecords().insert(CallRecord.ofEndedCall(ended,
                ports.participants().findAll(ended.tenantId(), ended.id()), now));
        ports.events().publish(new CallStateChanged(ended));
        ports.events().publish(new CallRecordCreated(record));
    }

    /** The operation completes, or fails with Graph's reason; completing applies its effect. */
    private void finish(LifecycleTimer timer) {
        Optional<CommsOperation> found = ports.operations()
                .find(timer.tenantId(), timer.callId(), OperationId.of(timer.targetId()))
                .filter(operation -> !operation.isTerminal());
        if (found.isEmpty()) {
            return; // a PATCH has already finished it
        }
        boolean callActive = ports.calls().find(timer.tenantId(), timer.callId())
                .map(call -> !call.isTerminated())
                .orElse(false);
        List<Participant> present = ports.participants().findAll(timer.tenantId(), timer.callId()).stream()
                .filter(Participant::isPresent)
                .toList();
        CommsOperation settled = found.get().settle(callActive,
                present.stream().map(Participant::identityId).filter(Objects::nonNull).collect(Collectors.toSet()),
                present.stream().map(Participant::id).collect(Collectors.toSet()),
                ports.clock().instant());
        CommsOperation saved = ports.operations().update(settled);
        ports.events().publish(new OperationProgressed(saved));
        effects.applyCompleted(saved);
    }

    private Set<String> presentIdentities(Call call) {
        return ports.participants().findAll(call.tenantId(), call.id()).stream()
                .filter(Participant::isPresent)
                .map(Participant::identityId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
    }
}
