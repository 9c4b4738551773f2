package dev.switchboard.domain.call;

import dev.switchboard.domain.common.GraphEnum;

import java.util.EnumSet;
import java.util.Set;

/**
 * Graph's {@code callState} and the moves between its members. {@code terminated} is final: a terminated call
 * accepts no change. {@code ringing} is a beta member; {@code unknownFutureValue} is never a stored state.
 */
public enum CallState implements GraphEnum {
    INCOMING("incoming"),
    ESTABLISHING("establishing"),
    ESTABLISHED("established"),
    HOLD("hold"),
    TRANSFERRING("transferring"),
    TRANSFER_ACCEPTED("transferAccepted"),
    REDIRECTING("redirecting"),
    TERMINATING("terminating"),
    TERMINATED("terminated"),
    UNKNOWN_FUTURE_VALUE("unknownFutureValue"),
    RINGING("ringing");

    private final String graphName;

    CallState(String graphName) {
        this.graphName = graphName;
    }

    @Override
    public String graphName() {
        return graphName;
    }

    public boolean isTerminal() {
        return this == TERMINATED;
    }

    /** The states a call in this state may move to next. */
    public Set<CallState> successors() {
        return switch (this) {
            case INCOMING, RINGING -> EnumSet.of(ESTABLISHING, ESTABLISHED, REDIRECTING, TERMINATING, TERMINATED);
            case ESTABLISHING -> EnumSet.of(ESTABLISHED, TERMINATING, TERMINATED);
            case ESTABLISHED -> EnumSet.of(HOLD, TRANSFERRING, REDIRECTING, TERMINATING, TERMINATED);
            case HOLD -> EnumSet.of(ESTABLISHED, TERMINATING, TERMINATED);
            case TRANSFERRING -> EnumSet.of(TRANSFER_ACCEPTED, ESTABLISHED, TERMINATING, TERMINATED);
            case TRANSFER_ACCEPTED, REDIRECTING -> EnumSet.of(TERMINATING, TERMINATED);
            case TERMINATING -> EnumSet.of(TERMINATED);
            case TERMINATED, UNKNOWN_FUTURE_VALUE -> EnumSet.noneOf(CallState.class);
        };
    }

    public boolean canMoveTo(CallState next) {
        return successors().contains(next);
    }
}
