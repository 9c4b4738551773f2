package dev.switchboard.domain.call;

import dev.switchboard.domain.error.InvalidInputException;
import dev.switchboard.domain.testing.DomainArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import static dev.switchboard.domain.testing.TestData.pathsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Who may join a live call (API notes §3.1, peer-to-peer and group calls): a peer-to-peer call takes one invitee per
 * request and turns into a group call when a third party arrives; a group call takes anyone and stays a group call.
 */
class CallAdmitProperties {

    @Property
    void a_group_call_admits_any_newcomers_and_stays_as_it_is(
            @ForAll("liveGroupCalls") Call call, @ForAll @IntRange(max = 200) int present,
            @ForAll @IntRange(min = 1, max = 100) int newcomers, @ForAll boolean byInvitation) {
        assertThat(call.admit(present, newcomers, byInvitation)).isSameAs(call);
    }

    @Property
    void a_peer_to_peer_call_refuses_an_invitation_of_several(
            @ForAll("livePeerToPeerCalls") Call call, @ForAll @IntRange(max = 200) int present,
            @ForAll @IntRange(min = 2, max = 100) int newcomers) {
        InvalidInputException refused = catchThrowableOfType(() -> call.admit(present, newcomers, true),
                InvalidInputException.class);

        assertThat(pathsOf(refused)).containsExactly("participants");
    }

    @Property
    void a_party_beyond_the_two_of_a_peer_to_peer_call_makes_it_a_group_call(
            @ForAll("livePeerToPeerCalls") Call call, @ForAll @IntRange(max = 200) int present,
            @ForAll @IntRange(min = 1, max = 100) int newcomers, @ForAll boolean byInvitation) {
        int admitted = byInvitation ? 1 : newcomers;

        Call grown = call.admit(present, admitted, byInvitation);

        assertThat(grown.kind()).isEqualTo(CallKind.GROUP);
        assertThat(grown).usingRecursiveComparison().ignoringFields("kind").isEqualTo(call);
    }

    @Property
    void admitting_nobody_is_refused(
            @ForAll("liveCalls") Call call, @ForAll @IntRange(max = 200) int present,
            @ForAll @IntRange(min = -5, max = 0) int newcomers, @ForAll boolean byInvitation) {
        InvalidInputException refused = catchThrowableOfType(() -> call.admit(present, newcomers, byInvitation),
                InvalidInputException.class);

        assertThat(pathsOf(refused)).containsExactly("participants");
    }

    @Provide
    Arbitrary<Call> liveCalls() {
        return DomainArbitraries.liveCalls();
    }

    @Provide
    Arbitrary<Call> liveGroupCalls() {
        return liveCalls().filter(call -> call.kind() == CallKind.GROUP);
    }

    @Provide
    Arbitrary<Call> livePeerToPeerCalls() {
        return DomainArbitraries.livePeerToPeerCalls();
    }
}
