package dev.switchboard.domain.call;

import dev.switchboard.domain.common.CallId;
import dev.switchboard.domain.common.Identifiers;
import dev.switchboard.domain.common.ParticipantId;
import dev.switchboard.domain.common.ResultInfo;
import dev.switchboard.domain.common.TenantId;
import dev.switchboard.domain.error.ConflictException;
import dev.switchboard.domain.error.InvalidInputException;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import static dev.switchboard.domain.common.Timestamps.micros;

/**
 * A call: Graph's {@code call}, with its state machine. It also keeps the rules that span the roster (a terminated
 * call accepts no change, a peer-to-peer call turns into a group call when a third party arrives), which services
 * consult before they write participants or operations.
 *
 * @param spec                  what the client asked for when it created the call
 * @param version               optimistic-concurrency version; the repository raises it on every write
 * @param callChainId           shared by the legs of one conference, and the id of the call's record
 * @param myParticipantId       the application's own participant in the call
 * @param resultInfo            why the call ended, once it has
 * @param lastKeepAliveDateTime when the application last showed it still wants the call
 * @param endedDateTime         when the call reached {@code terminated}
 * @param applicationId         the application that placed the call (its token's {@code appid}): callback
 *                              notifications are addressed to it
 */
public record Call(
        TenantId tenantId,
        CallId id,
        long version,
        NewCall spec,
        CallKind kind,
        CallState state,
        CallDirection direction,
        String callChainId,
        ParticipantId myParticipantId,
        ResultInfo resultInfo,
        MediaState mediaState,
        Instant createdDateTime,
        Instant lastKeepAliveDateTime,
        Instant endedDateTime,
        String applicationId) {

    /** Graph ends a call that has seen no keepAlive for this long. */
    public static final Duration KEEP_ALIVE_TIMEOUT = Duration.ofMinutes(45);

    /** The most parties one call holds: Teams' cap on interactive attendees of a meeting. */
    public static final int MAX_PARTIES = 1_000;

    public Call {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(direction, "direction");
        Identifiers.check(callChainId, "callChainId");
        Objects.requireNonNull(myParticipantId, "myParticipantId");
        Objects.requireNonNull(createdDateTime, "createdDateTime");
        Objects.requireNonNull(lastKeepAliveDateTime, "lastKeepAliveDateTime");
        Identifiers.check(applicationId, "applicationId");
        createdDateTime = micros(createdDateTime);
        lastKeepAliveDateTime = micros(lastKeepAliveDateTime);
        endedDateTime = micros(endedDateTime);
        if (state == CallState.UNKNOWN_FUTURE_VALUE) {
            throw new IllegalArgumentException("unknownFutureValue is never a call's state");
        }
        if (state.isTerminal() != (endedDateTime != null)) {
            throw new IllegalArgumentException("a call has an end time exactly when it is terminated");
        }
        if (endedDateTime != null && endedDateTime.isBefore(createdDateTime)) {
            throw new IllegalArgumentException("a call cannot end before it was created");
        }
        if (version < 0) {
            throw new IllegalArgumentException("version is never negative");
        }
    }

    /** An outgoing call the application places: it starts {@code establishing}, with the application on the roster. */
    public static Call place(TenantId tenantId, CallId id, String callChainId, ParticipantId myParticipantId,
                             NewCall spec, String applicationId, Instant now) {
        return new Call(tenantId, id, 0, spec, spec.kind(), CallState.ESTABLISHING, CallDirection.OUTGOING,
                callChainId, myParticipantId, null, MediaState.ACTIVE, now, now, null, applicationId);
    }

    public String callbackUri() {
        return spec.callbackUri();
    }

    public boolean isTerminated() {
        return state.isTerminal();
    }

    /** @throws ConflictException when the call has ended: a terminated call accepts no change */
    public void requireActive() {
        if (isTerminated()) {
            throw new ConflictException("Call " + id + " has terminated and accepts no change.");
        }
    }

    /** Moves the call to {@code next}. Staying in the same state is no change. */
    public Call moveTo(CallState next, Instant now) {
        requireActive();
        if (next == state) {
            return this;
        }
        if (!state.canMoveTo(next)) {
            throw new ConflictException("Call " + id + " cannot move from " + state.graphName() + " to " + next.graphName() + ".");
        }
        if (next.isTerminal()) {
            return end(ResultInfo.ENDED_BY_APPLICATION, now);
        }
        return new Call(tenantId, id, version, spec, kind, next, direction, callChainId, myParticipantId, resultInfo,
                mediaState, createdDateTime, lastKeepAliveDateTime, null, applicationId);
    }

    /** True while the call waits for its targets to answer: the lifecycle engine then establishes it. */
    public boolean awaitsAnswer() {
        return state == CallState.ESTABLISHING;
    }

    /** The call is up: its targets have answered. */
    public Call establish(Instant now) {
        return moveTo(CallState.ESTABLISHED, now);
    }

    /** Ends the call for good, recording why. */
    public Call end(ResultInfo reason, Instant now) {
        requireActive();
        Objects.requireNonNull(reason, "reason");
        Instant ended = now.isBefore(createdDateTime) ? createdDateTime : now;
        return new Call(tenantId, id, version, spec, kind, CallState.TERMINATED, direction, callChainId,
                myParticipantId, reason, MediaState.INACTIVE, createdDateTime, lastKeepAliveDateTime, ended, applicationId);
    }

    /** The application hangs up: the call ends with "ended by the application". */
    public Call hangUp(Instant now) {
        return end(ResultInfo.ENDED_BY_APPLICATION, now);
    }

    /** The application shows it still wants the call, which keeps it from timing out. */
    public Call keepAlive(Instant now) {
        requireActive();
        return new Call(tenantId, id, version, spec, kind, state, direction, callChainId, myParticipantId, resultInfo,
                mediaState, createdDateTime, now, null, applicationId);
    }

    /** True when no keepAlive has arrived for {@link #KEEP_ALIVE_TIMEOUT}. */
    public boolean keepAliveExpired(Instant now) {
        return keepAliveExpired(now, KEEP_ALIVE_TIMEOUT);
    }

    /** True when the call is still going but no keepAlive has arrived for {@code timeout}. */
    public boolean keepAliveExpired(Instant now, Duration timeout) {
        return !isTerminated() && keepAliveDeadline(timeout).isBefore(now);
    }

    /** When the call ends unless a keepAlive arrives first. */
    public Instant keepAliveDeadline(Duration timeout) {
        return lastKeepAliveDateTime.plus(timeout);
    }

    /**
     * Checks that the call may be sent an invitation for {@code invitees} people: a peer-to-peer call takes one
     * invitee per request, a terminated call none. Nobody joins yet; {@link #admit} does that when they accept.
     */
    public void requireInvitable(int invitees) {
        if (invitees < 1) {
            throw InvalidInputException.of("participants", "must name at least one participant");
        }
        if (kind == CallKind.PEER_TO_PEER && invitees > 1) {
            throw InvalidInputException.of("participants",
                    "a peer-to-peer call takes exactly one invitee per request; invite into a group call to add several");
        }
        requireActive();
    }

    /**
     * Checks that {@code newcomers} more parties fit on a roster of {@code presentParties}: a call holds at most
     * {@link #MAX_PARTIES}. It is asked when a request adds or invites someone; an invitation accepted later joins
     * without asking again, since the request that sent it was answered long ago.
     */
    public void requireRoomFor(int presentParties, int newcomers) {
        if ((long) presentParties + newcomers > MAX_PARTIES) {
            throw InvalidInputException.of("participants", "the call has " + presentParties
                    + " participants and holds at most " + MAX_PARTIES + "; there is no room for " + newcomers
                    + " more");
        }
    }

    /**
     * Lets {@code newcomers} parties join. A peer-to-peer call takes one invitee per request, and becomes a group call
     * when a third party arrives.
     *
     * @param presentParties the parties on the roster now
     * @param byInvitation   whether the newcomers come through {@code invite} (which Graph limits in peer-to-peer calls)
     * @return this call, or the same call as a group call
     */
    public Call admit(int presentParties, int newcomers, boolean byInvitation) {
        if (byInvitation) {
            requireInvitable(newcomers);
        } else if (newcomers < 1) {
            throw InvalidInputException.of("participants", "must name at least one participant");
        }
        requireActive();
        if (kind == CallKind.GROUP) {
            return this;
        }
        int expectedParties = Math.max(presentParties, 1 + spec.targets().size());
        if (expectedParties + newcomers <= 2) {
            return this;
        }
        return new Call(tenantId, id, version, spec, CallKind.GROUP, state, direction, callChainId, myParticipantId,
                resultInfo, mediaState, createdDateTime, lastKeepAliveDateTime, endedDateTime, applicationId);
    }

    /** A terminated call stays readable for {@code retention}; after that it is as if it never existed. */
    public boolean isVisibleAt(Instant now, Duration retention) {
        return endedDateTime == null || !endedDateTime.plus(retention).isBefore(now);
    }

    /** The stored form the repository returns after a write. */
    public Call withVersion(long newVersion) {
        return new Call(tenantId, id, newVersion, spec, kind, state, direction, callChainId, myParticipantId, resultInfo,
                mediaState, createdDateTime, lastKeepAliveDateTime, endedDateTime, applicationId);
    }
}
