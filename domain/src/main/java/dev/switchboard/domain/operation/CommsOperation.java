package dev.switchboard.domain.operation;

import dev.switchboard.domain.common.CallId;
import dev.switchboard.domain.common.OperationId;
import dev.switchboard.domain.common.ParticipantId;
import dev.switchboard.domain.common.Patch;
import dev.switchboard.domain.common.ReadOnly;
import dev.switchboard.domain.common.ResultInfo;
import dev.switchboard.domain.common.TenantId;
import dev.switchboard.domain.common.Text;
import dev.switchboard.domain.error.ConflictException;
import dev.switchboard.domain.error.InvalidInputException;
import dev.switchboard.domain.error.Violations;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import static dev.switchboard.domain.common.Timestamps.micros;

/**
 * An asynchronous action on a call: Graph's {@code commsOperation}, its own aggregate. What it does is its
 * {@link #kind()}; how far it has got is its {@link #status()}, which only moves forward. Once {@code Completed} or
 * {@code Failed} the operation is frozen.
 *
 * @param version       optimistic-concurrency version; the repository raises it on every write
 * @param clientContext the client's opaque token, echoed in every notification (at most 256 characters)
 */
public record CommsOperation(
        TenantId tenantId,
        CallId callId,
        OperationId id,
        long version,
        OperationKind kind,
        OperationStatus status,
        String clientContext,
        ResultInfo resultInfo,
        Instant createdDateTime,
        Instant lastModifiedDateTime) {

    public CommsOperation {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(callId, "callId");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdDateTime, "createdDateTime");
        Objects.requireNonNull(lastModifiedDateTime, "lastModifiedDateTime");
        createdDateTime = micros(createdDateTime);
        lastModifiedDateTime = micros(lastModifiedDateTime);
        checkClientContext(clientContext, "clientContext");
        if (lastModifiedDateTime.isBefore(createdDateTime)) {
            throw new IllegalArgumentException("an operation cannot change before it was created");
        }
        if (version < 0) {
            throw new IllegalArgumentException("version is never negative");
        }
    }

    /** A new operation, as the service answers it synchronously: {@code Running}, its outcome still to come. */
    public static CommsOperation start(TenantId tenantId, CallId callId, OperationId id, OperationKind kind,
                                       String clientContext, Instant now) {
        return new CommsOperation(tenantId, callId, id, 0, kind, OperationStatus.RUNNING, clientContext, null, now, now);
    }

    /** Checks a client context against Graph's limit; commands use it to fail early. */
    public static String checkClientContext(String clientContext, String path) {
        return Text.atMost(clientContext, Text.CLIENT_CONTEXT_MAX, path);
    }

    public boolean isTerminal() {
        return status.isTerminal();
    }

    /** The operation succeeded; its effect (invitees joining, a participant muted) is applied by the caller. */
    public CommsOperation complete(Instant now) {
        return advance(OperationStatus.COMPLETED, resultInfo, now);
    }

    /**
     * How the operation ends when the lifecycle engine runs it to the end: it fails when the call has ended, when
     * every invitee is already present, or when the participant to mute has left; otherwise it completes (and the
     * caller applies its effect).
     *
     * @param callActive         whether the call is still going
     * @param presentIdentityIds the identity ids of the parties present in the call now
     * @param presentParticipantIds the participant ids present in the call now
     */
    public CommsOperation settle(boolean callActive, Set<String> presentIdentityIds,
                                 Set<ParticipantId> presentParticipantIds, Instant now) {
        if (!callActive) {
            return fail(ResultInfo.CALL_ENDED_BEFORE_COMPLETION, now);
        }
        if (kind instanceof InviteParticipantsOperation invite && invite.participants().stream()
                .map(invitee -> invitee.identity().principalId())
                .allMatch(identityId -> identityId != null && presentIdentityIds.contains(identityId))) {
            return fail(ResultInfo.INVITEES_ALREADY_PRESENT, now);
        }
        if (kind instanceof MuteParticipantOperation mute && !presentParticipantIds.contains(mute.participantId())) {
            return fail(ResultInfo.PARTICIPANT_LEFT, now);
        }
        return complete(now);
    }

    /** The operation failed, for the reason given. */
    public CommsOperation fail(ResultInfo reason, Instant now) {
        Objects.requireNonNull(reason, "reason");
        return advance(OperationStatus.FAILED, reason, now);
    }

    /**
     * Applies a PATCH. Returns this same operation when nothing changes (a resend of the stored values, {@code {}}).
     *
     * @throws InvalidInputException for a different {@code id} or {@code participants}, or a null {@code status}
     * @throws ConflictException     for a backward status move, or any real change to a terminal operation
     */
    public CommsOperation update(OperationPatch patch, Instant now) {
        Violations violations = new Violations();
        ReadOnly.check(violations, "id", patch.id(), id.value());
        List<?> storedParticipants = kind instanceof InviteParticipantsOperation invite ? invite.participants() : null;
        ReadOnly.check(violations, "participants", patch.participants().map(list -> (List<?>) list), storedParticipants);
        violations.require(!(patch.status() instanceof Patch.Cleared), "status", "must not be null");
        String newContext = violations.collect("clientContext",
                () -> checkClientContext(patch.clientContext().applyTo(clientContext), ""));
        violations.throwIfAny();

        OperationStatus newStatus = patch.status().applyTo(status);
        ResultInfo newResult = patch.resultInfo().applyTo(resultInfo);
        boolean changes = newStatus != status || !Objects.equals(newContext, clientContext)
                || !Objects.equals(newResult, resultInfo);
        if (!changes) {
            return this;
        }
        if (isTerminal()) {
            throw new ConflictException("Operation " + id + " is " + status.graphName() + " and can no longer change.");
        }
        if (newStatus != status && !status.canMoveTo(newStatus)) {
            throw new ConflictException("Operation " + id + " cannot move back from " + status.graphName()
                    + " to " + newStatus.graphName() + ".");
        }
        return new CommsOperation(tenantId, callId, id, version, kind, newStatus, newContext, newResult,
                createdDateTime, later(now));
    }

    /** The stored form the repository returns after a write. */
    public CommsOperation withVersion(long newVersion) {
        return new CommsOperation(tenantId, callId, id, newVersion, kind, status, clientContext, resultInfo,
                createdDateTime, lastModifiedDateTime);
    }

    private CommsOperation advance(OperationStatus next, ResultInfo result, Instant now) {
        if (!status.canMoveTo(next)) {
            throw new ConflictException("Operation " + id + " cannot move from " + status.graphName()
                    + " to " + next.graphName() + ".");
        }
        return new CommsOperation(tenantId, callId, id, version, kind, next, clientContext, result, createdDateTime,
                later(now));
    }

    /** Times never go backwards, even if the clock does. */
    private Instant later(Instant now) {
        return now.isBefore(lastModifiedDateTime) ? lastModifiedDateTime : now;
    }
}
