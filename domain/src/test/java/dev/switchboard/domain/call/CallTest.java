package dev.switchboard.domain.call;

import dev.switchboard.domain.common.CallId;
import dev.switchboard.domain.common.ResultInfo;
import dev.switchboard.domain.error.ConflictException;
import dev.switchboard.domain.error.InvalidInputException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.switchboard.domain.testing.CallBuilder.aCall;
import static dev.switchboard.domain.testing.NewCallBuilder.aNewCall;
import static dev.switchboard.domain.testing.TestData.BOT;
import static dev.switchboard.domain.testing.TestData.CALLBACK_URI;
import static dev.switchboard.domain.testing.TestData.CALL_CHAIN_ID;
import static dev.switchboard.domain.testing.TestData.T0;
import static dev.switchboard.domain.testing.TestData.TENANT;
import static dev.switchboard.domain.testing.TestData.minutesAfterT0;
import static dev.switchboard.domain.testing.TestData.pathsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class CallTest {

    @Nested
    class Placing {

        @Test
        void a_placed_call_is_outgoing_establishing_and_active() {
            // given a request to call Alice
            NewCall spec = aNewCall().build();

            // when the bot places it
            Call call = Call.place(TENANT, CallId.of("call-7"), CALL_CHAIN_ID, BOT, spec, "bot-app", T0);

            // then
            assertThat(call.state()).isEqualTo(CallState.ESTABLISHING);
            assertThat(call.direction()).isEqualTo(CallDirection.OUTGOING);
            assertThat(call.mediaState()).isEqualTo(MediaState.ACTIVE);
            assertThat(call.myParticipantId()).isEqualTo(BOT);
            assertThat(call.callbackUri()).isEqualTo(CALLBACK_URI);
            assertThat(call.createdDateTime()).isEqualTo(T0);
            assertThat(call.lastKeepAliveDateTime()).isEqualTo(T0);
            assertThat(call.endedDateTime()).isNull();
            assertThat(call.resultInfo()).isNull();
            assertThat(call.version()).isZero();
        }

        @Test
        void a_call_to_one_target_without_a_meeting_is_peer_to_peer() {
            assertThat(aCall().from(aNewCall()).build().kind()).isEqualTo(CallKind.PEER_TO_PEER);
        }

        @Test
        void a_call_to_several_targets_is_a_group_call() {
            assertThat(aCall().from(aNewCall().toAGroup()).build().kind()).isEqualTo(CallKind.GROUP);
        }

        @Test
        void a_call_that_joins_a_meeting_is_a_group_call() {
            assertThat(aCall().from(aNewCall().joiningAMeeting()).build().kind()).isEqualTo(CallKind.GROUP);
        }

        @Test
        void one_target_in_a_meeting_still_makes_a_group_call() {
            assertThat(aCall().from(aNewCall().inAMeeting()).build().kind()).isEqualTo(CallKind.GROUP);
        }
    }

    @Nested
    class MovingOn {

        @Test
        void an_answered_call_is_established() {
            Call call = aCall().build();

            Call established = call.establish(minutesAfterT0(1));

            assertThat(established.state()).isEqualTo(CallState.ESTABLISHED);
            assertThat(established.endedDateTime()).isNull();
        }

        @Test
        void staying_in_the_same_state_is_no_change() {
            Call call = aCall().established().build();

            assertThat(call.establish(minutesAfterT0(1))).isSameAs(call);
        }

        @Test
        void an_established_call_cannot_go_back_to_establishing() {
            Call call = aCall().established().build();

            assertThatThrownBy(() -> call.moveTo(CallState.ESTABLISHING, minutesAfterT0(1)))
                    .isInstanceOf(ConflictException.class)
                    .hasMessage("Call call-1 cannot move from established to establishing.");
        }

        @Test
        void moving_to_terminated_ends_the_call_as_the_application_did() {
            Call call = aCall().established().build();

            Call ended = call.moveTo(CallState.TERMINATED, minutesAfterT0(3));

            assertThat(ended.state()).isEqualTo(CallState.TERMINATED);
            assertThat(ended.resultInfo()).isEqualTo(ResultInfo.ENDED_BY_APPLICATION);
            assertThat(ended.endedDateTime()).isEqualTo(minutesAfterT0(3));
        }

        @Test
        void a_keep_alive_postpones_the_timeout() {
            Call call = aCall().established().build().keepAlive(minutesAfterT0(40));

            assertThat(call.keepAliveExpired(minutesAfterT0(80))).isFalse();
            assertThat(call.keepAliveExpired(minutesAfterT0(86))).isTrue();
        }

        @Test
        void a_call_without_keep_alive_expires_after_45_minutes() {
            Call call = aCall().established().build();

            assertThat(call.keepAliveExpired(minutesAfterT0(45))).isFalse();
            assertThat(call.keepAliveExpired(minutesAfterT0(45).plusSeconds(1))).isTrue();
        }
    }

    @Nested
    class HangingUp {

        @Test
        void hanging_up_ends_the_call_with_ended_by_the_application() {
            Call call = aCall().established().build();

            Call ended = call.hangUp(minutesAfterT0(5));

            assertThat(ended.state()).isEqualTo(CallState.TERMINATED);
            assertThat(ended.isTerminated()).isTrue();
            assertThat(ended.resultInfo()).isEqualTo(ResultInfo.ENDED_BY_APPLICATION);
            assertThat(ended.mediaState()).isEqualTo(MediaState.INACTIVE);
            assertThat(ended.endedDateTime()).isEqualTo(minutesAfterT0(5));
        }

        @Test
        void a_call_never_ends_before_it_was_created_even_if_the_clock_goes_back() {
            Call call = aCall().placedAt(T0).build();

            Call ended = call.hangUp(T0.minusSeconds(30));

            assertThat(ended.endedDateTime()).isEqualTo(T0);
        }

        @Test
        void a_terminated_call_refuses_new_participants() {
            Call call = aCall().group().terminated().build();

            assertThatThrownBy(() -> call.admit(3, 1, true))
                    .isInstanceOf(ConflictException.class)
                    .hasMessage("Call call-1 has terminated and accepts no change.");
        }

        @Test
        void a_terminated_call_cannot_be_hung_up_again() {
            Call call = aCall().terminated().build();

            assertThatThrownBy(() -> call.hangUp(minutesAfterT0(9))).isInstanceOf(ConflictException.class);
        }

        @Test
        void a_keep_alive_on_a_terminated_call_is_a_conflict_and_it_never_expires() {
            Call call = aCall().terminated().build();

            assertThatThrownBy(() -> call.keepAlive(minutesAfterT0(2))).isInstanceOf(ConflictException.class);
            assertThat(call.keepAliveExpired(minutesAfterT0(600))).isFalse();
        }

        @Test
        void a_terminated_call_stays_readable_for_its_retention_and_then_is_gone() {
            Call call = aCall().build().hangUp(minutesAfterT0(10));
            Duration retention = Duration.ofHours(1);

            assertThat(call.isVisibleAt(minutesAfterT0(70), retention)).isTrue();
            assertThat(call.isVisibleAt(minutesAfterT0(71), retention)).isFalse();
        }

        @Test
        void a_live_call_is_always_visible() {
            assertThat(aCall().build().isVisibleAt(minutesAfterT0(100_000), Duration.ZERO)).isTrue();
        }
    }

    @Nested
    class Admitting {

        @Test
        void an_invitation_of_two_into_a_peer_to_peer_call_is_refused() {
            Call call = aCall().peerToPeer().established().build();

            InvalidInputException refused = catchThrowableOfType(() -> call.admit(2, 2, true), InvalidInputException.class);

            assertThat(pathsOf(refused)).containsExactly("participants");
            assertThat(refused.getMessage()).isEqualTo("participants: a peer-to-peer call takes exactly one invitee per"
                    + " request; invite into a group call to add several");
        }

        @Test
        void a_third_party_turns_a_peer_to_peer_call_into_a_group_call() {
            Call call = aCall().peerToPeer().established().build();

            Call grown = call.admit(2, 1, true);

            assertThat(grown.kind()).isEqualTo(CallKind.GROUP);
            assertThat(grown.state()).isEqualTo(CallState.ESTABLISHED);
            assertThat(grown.id()).isEqualTo(call.id());
        }

        @Test
        void a_group_call_takes_several_invitees_at_once() {
            Call call = aCall().group().established().build();

            assertThat(call.admit(3, 5, true)).isSameAs(call);
        }

        @Test
        void an_invitation_of_nobody_is_refused() {
            Call call = aCall().group().build();

            assertThatThrownBy(() -> call.admit(3, 0, true))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("participants: must name at least one participant");
        }
    }

    @Nested
    class Capacity {

        @Test
        void a_call_holds_at_most_a_thousand_parties() {
            Call call = aCall().group().build();

            call.requireRoomFor(Call.MAX_PARTIES - 1, 1);
            InvalidInputException full = catchThrowableOfType(
                    () -> call.requireRoomFor(Call.MAX_PARTIES, 1), InvalidInputException.class);

            assertThat(pathsOf(full)).containsExactly("participants");
            assertThat(full).hasMessageContaining("holds at most 1000");
        }

        @Test
        void an_invitation_for_several_must_fit_as_a_whole() {
            Call call = aCall().group().build();

            assertThatThrownBy(() -> call.requireRoomFor(Call.MAX_PARTIES - 2, 3))
                    .isInstanceOf(InvalidInputException.class);
        }
    }

    @Nested
    class RebuildingFromStorage {

        @Test
        void a_terminated_call_needs_an_end_time_and_a_live_one_has_none() {
            Call live = aCall().established().build();

            assertThatThrownBy(() -> new Call(live.tenantId(), live.id(), 0, live.spec(), live.kind(),
                    CallState.TERMINATED, live.direction(), live.callChainId(), live.myParticipantId(), null,
                    MediaState.INACTIVE, T0, T0, null, live.applicationId()))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new Call(live.tenantId(), live.id(), 0, live.spec(), live.kind(),
                    CallState.ESTABLISHED, live.direction(), live.callChainId(), live.myParticipantId(), null,
                    MediaState.ACTIVE, T0, T0, minutesAfterT0(1), live.applicationId()))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void unknown_future_value_is_never_a_stored_state() {
            assertThatThrownBy(() -> aCall().inState(CallState.UNKNOWN_FUTURE_VALUE).build())
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void the_repository_sets_the_version() {
            assertThat(aCall().build().withVersion(4).version()).isEqualTo(4);
        }
    }
}
