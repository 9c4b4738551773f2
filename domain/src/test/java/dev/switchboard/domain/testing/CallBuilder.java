package dev.switchboard.domain.testing;

import dev.switchboard.domain.call.Call;
import dev.switchboard.domain.call.CallDirection;
import dev.switchboard.domain.call.CallState;
import dev.switchboard.domain.call.MediaState;
import dev.switchboard.domain.call.NewCall;
import dev.switchboard.domain.common.ResultInfo;

import java.time.Instant;

import static dev.switchboard.domain.testing.TestData.BOT;
import static dev.switchboard.domain.testing.TestData.CALL_CHAIN_ID;
import static dev.switchboard.domain.testing.TestData.CALL_ID;
import static dev.switchboard.domain.testing.TestData.T0;
import static dev.switchboard.domain.testing.TestData.TENANT;

/**
 * Builds a {@link Call}. By default the bot places {@link NewCallBuilder#aNewCall()} at {@link TestData#T0}; naming a
 * state rebuilds the call as the repository would, in that state.
 */
public final class CallBuilder {

    /** The application that places the calls this builder makes. */
    public static final String APPLICATION = "bot-app";

    private NewCall spec = NewCallBuilder.aNewCall().build();
    private Instant placedAt = T0;
    private CallState state;

    private CallBuilder() {
    }

    public static CallBuilder aCall() {
        return new CallBuilder();
    }

    public CallBuilder from(NewCallBuilder value) {
        spec = value.build();
        return this;
    }

    public CallBuilder from(NewCall value) {
        spec = value;
        return this;
    }

    public CallBuilder peerToPeer() {
        return from(NewCallBuilder.aNewCall());
    }

    public CallBuilder group() {
        return from(NewCallBuilder.aNewCall().toAGroup());
    }

    public CallBuilder placedAt(Instant value) {
        placedAt = value;
        return this;
    }

    /** Rebuilds the call in {@code value}; a terminated call ended one minute after it was placed. */
    public CallBuilder inState(CallState value) {
        state = value;
        return this;
    }

    public CallBuilder established() {
        return inState(CallState.ESTABLISHED);
    }

    public CallBuilder terminated() {
        return inState(CallState.TERMINATED);
    }

    public Call build() {
        Call placed = Call.place(TENANT, CALL_ID, CALL_CHAIN_ID, BOT, spec, APPLICATION, placedAt);
        if (state == null) {
            return placed;
        }
        boolean ended = state.isTerminal();
        return new Call(TENANT, CALL_ID, 0, spec, placed.kind(), state,
                CallDirection.OUTGOING, CALL_CHAIN_ID, BOT, ended ? ResultInfo.ENDED_BY_APPLICATION : null,
                ended ? MediaState.INACTIVE : MediaState.ACTIVE, placedAt, placedAt,
                ended ? placedAt.plusSeconds(60) : null, APPLICATION);
    }
}
