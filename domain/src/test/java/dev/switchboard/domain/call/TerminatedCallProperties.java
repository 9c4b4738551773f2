package dev.switchboard.domain.call;

import dev.switchboard.domain.common.ResultInfo;
import dev.switchboard.domain.error.ConflictException;
import dev.switchboard.domain.error.InvalidInputException;
import dev.switchboard.domain.testing.DomainArbitraries;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.time.Instant;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A terminated call accepts no change (API notes §3.1): every well-formed mutation is a conflict, even one that would
 * change nothing. (A malformed one is still a 400 first: field errors precede conflicts.)
 */
class TerminatedCallProperties {

    /** A way a call ends. */
    record Ending(String name, UnaryOperator<Call> end) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** A change a client or the lifecycle engine might try. */
    record Mutation(String name, UnaryOperator<Call> apply) {
        @Override
        public String toString() {
            return name;
        }
    }

    @Property
    void a_terminated_call_refuses_every_mutation(
            @ForAll("liveCalls") Call live, @ForAll("endings") Ending ending, @ForAll("mutations") Mutation mutation) {
        Call terminated = ending.end().apply(live);
        assertThat(terminated.isTerminated()).isTrue();
        assertThat(terminated.endedDateTime()).isAfterOrEqualTo(terminated.createdDateTime());

        assertThatThrownBy(() -> mutation.apply().apply(terminated))
                .as("%s after %s", mutation, ending)
                .isInstanceOf(ConflictException.class)
                .hasMessage("Call " + terminated.id() + " has terminated and accepts no change.");
        assertThat(terminated.state()).isEqualTo(CallState.TERMINATED);
    }

    @Property
    void a_malformed_admission_to_a_terminated_call_is_refused_as_bad_input_first(
            @ForAll("liveCalls") Call live, @ForAll("instants") Instant now,
            @ForAll @IntRange(min = -5, max = 0) int newcomers, @ForAll boolean byInvitation) {
        Call terminated = live.hangUp(now);

        assertThatThrownBy(() -> terminated.admit(2, newcomers, byInvitation)).isInstanceOf(InvalidInputException.class);
    }

    @Provide
    Arbitrary<Instant> instants() {
        return DomainArbitraries.instants();
    }

    @Provide
    Arbitrary<Call> liveCalls() {
        return DomainArbitraries.liveCalls();
    }

    @Provide
    Arbitrary<Ending> endings() {
        return Combinators.combine(DomainArbitraries.instants(), DomainArbitraries.resultInfos())
                .flatAs((now, reason) -> Arbitraries.of(
                        new Ending("hangUp at " + now, call -> call.hangUp(now)),
                        new Ending("end(" + reason + ") at " + now, call -> call.end(reason, now)),
                        new Ending("moveTo(terminated) at " + now, call -> call.moveTo(CallState.TERMINATED, now)),
                        new Ending("moveTo(terminating), then terminated, at " + now,
                                call -> call.moveTo(CallState.TERMINATING, now).moveTo(CallState.TERMINATED, now))));
    }

    @Provide
    Arbitrary<Mutation> mutations() {
        Arbitrary<Instant> instants = DomainArbitraries.instants();
        Arbitrary<Mutation> moves = Combinators.combine(Arbitraries.of(CallState.class), instants)
                .as((state, now) -> new Mutation("moveTo(" + state.graphName() + ")", call -> call.moveTo(state, now)));
        Arbitrary<Mutation> establish = instants.map(now -> new Mutation("establish", call -> call.establish(now)));
        Arbitrary<Mutation> keepAlive = instants.map(now -> new Mutation("keepAlive", call -> call.keepAlive(now)));
        Arbitrary<Mutation> hangUp = instants.map(now -> new Mutation("hangUp", call -> call.hangUp(now)));
        Arbitrary<Mutation> end = Combinators.combine(DomainArbitraries.resultInfos(), instants)
                .as((ResultInfo reason, Instant now) -> new Mutation("end", call -> call.end(reason, now)));
        // well-formed admissions: one invitee, or any number of parties added directly
        Arbitrary<Mutation> admit = Combinators.combine(Arbitraries.integers().between(0, 10),
                        Arbitraries.integers().between(1, 10), Arbitraries.of(true, false))
                .as((present, newcomers, byInvitation) -> {
                    int admitted = byInvitation ? 1 : newcomers;
                    return new Mutation("admit(" + present + ", " + admitted + ", " + byInvitation + ")",
                            call -> call.admit(present, admitted, byInvitation));
                });
        return Arbitraries.oneOf(moves, establish, keepAlive, hangUp, end, admit);
    }
}
