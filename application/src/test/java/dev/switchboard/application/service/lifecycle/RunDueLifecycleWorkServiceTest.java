package dev.switchboard.application.service.lifecycle;

import dev.switchboard.application.port.in.participant.MuteParticipantCommand;
import dev.switchboard.application.port.out.LifecycleTimer;
import dev.switchboard.application.service.CoreSettings;
import dev.switchboard.application.service.OperationDelay;
import dev.switchboard.application.service.ServiceTestSupport;
import dev.switchboard.application.service.SwitchboardCore;
import dev.switchboard.domain.call.Call;
import dev.switchboard.domain.call.CallState;
import dev.switchboard.domain.common.ResultInfo;
import dev.switchboard.domain.event.CallStateChanged;
import dev.switchboard.domain.event.OperationProgressed;
import dev.switchboard.domain.event.ParticipantJoined;
import dev.switchboard.domain.operation.CommsOperation;
import dev.switchboard.domain.operation.OperationStatus;
import dev.switchboard.domain.participant.Participant;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static dev.switchboard.application.service.ServiceTestSupport.anInvitee;
import static org.assertj.core.api.Assertions.assertThat;

/** The lifecycle engine: started work moves on by itself after the configured delay. */
class RunDueLifecycleWorkServiceTest {

    private static final int ANY = 100;

    private final ServiceTestSupport given = new ServiceTestSupport();
    private final SwitchboardCore core = given.core();

    @Test
    void an_invitation_completes_after_the_delay_and_the_invitee_joins() {
        Call call = established(given.aGroupCall());
        CommsOperation invitation = given.anInvitation(call, anInvitee("megan"));
        given.events().clear();

        given.clock().advance(Duration.ofSeconds(1));
        assertThat(core.runDueLifecycleWork().runDue(ANY)).isEqualTo(1);

        CommsOperation done = given.reload(invitation);
        assertThat(done.status()).isEqualTo(OperationStatus.COMPLETED);
        assertThat(done.resultInfo()).isNull();
        assertThat(given.roster(call)).extracting(Participant::identityId).contains("megan");
        assertThat(given.events().published(OperationProgressed.class)).extracting(e -> e.operation().status())
                .containsExactly(OperationStatus.COMPLETED);
        assertThat(given.events().published(ParticipantJoined.class)).hasSize(1);
    }

    @Test
    void nothing_moves_before_the_delay_has_passed() {
        Call call = established(given.aGroupCall());
        CommsOperation invitation = given.anInvitation(call, anInvitee("megan"));

        given.clock().advance(Duration.ofMillis(999));

        assertThat(core.runDueLifecycleWork().runDue(ANY)).isZero();
        assertThat(given.reload(invitation).status()).isEqualTo(OperationStatus.RUNNING);
    }

    @Test
    void a_placed_call_is_established_after_the_delay_and_its_targets_join() {
        Call call = given.aPeerToPeerCall();
        assertThat(given.roster(call)).hasSize(1);
        given.events().clear();

        given.clock().advance(Duration.ofSeconds(1));
        core.runDueLifecycleWork().runDue(ANY);

        assertThat(given.reload(call).state()).isEqualTo(CallState.ESTABLISHED);
        assertThat(given.roster(call)).hasSize(2);
        assertThat(given.events().published(CallStateChanged.class)).extracting(e -> e.call().state())
                .containsExactly(CallState.ESTABLISHED);
    }

    @Test
    void a_call_hung_up_before_it_was_established_stays_terminated() {
        Call call = given.hangUp(given.aGroupCall());

        given.clock().advance(Duration.ofSeconds(1));
        core.runDueLifecycleWork().runDue(ANY);

        assertThat(given.reload(call).state()).isEqualTo(CallState.TERMINATED);
        assertThat(engineWork(given)).isEmpty();
    }

    @Test
    void an_invitation_into_a_call_that_ended_meanwhile_fails_with_409_5001() {
        Call call = established(given.aGroupCall());
        CommsOperation invitation = given.anInvitation(call, anInvitee("megan"));
        given.hangUp(call);

        given.clock().advance(Duration.ofSeconds(1));
        core.runDueLifecycleWork().runDue(ANY);

        CommsOperation failed = given.reload(invitation);
        assertThat(failed.status()).isEqualTo(OperationStatus.FAILED);
        assertThat(failed.resultInfo()).isEqualTo(ResultInfo.CALL_ENDED_BEFORE_COMPLETION);
        assertThat(failed.resultInfo().code()).isEqualTo(409);
        assertThat(given.store().participants().findAll(call.tenantId(), call.id()))
                .extracting(Participant::identityId).doesNotContain("megan");
    }

    @Test
    void an_invitation_whose_invitees_are_all_present_fails_with_409_5002() {
        Call call = established(given.aGroupCall());
        given.aParticipantIn(call, ServiceTestSupport.aUser("megan"));
        CommsOperation invitation = given.anInvitation(call, anInvitee("megan"));
        int before = given.roster(call).size();

        given.clock().advance(Duration.ofSeconds(1));
        core.runDueLifecycleWork().runDue(ANY);

        CommsOperation failed = given.reload(invitation);
        assertThat(failed.status()).isEqualTo(OperationStatus.FAILED);
        assertThat(failed.resultInfo()).isEqualTo(ResultInfo.INVITEES_ALREADY_PRESENT);
        assertThat(given.roster(call)).hasSize(before);
    }

    @Test
    void a_mute_completes_and_the_participant_is_muted() {
        Call call = established(given.aGroupCall());
        Participant megan = given.aParticipantIn(call, ServiceTestSupport.aUser("megan"));
        CommsOperation mute = core.muteParticipant().mute(
                new MuteParticipantCommand(call.tenantId(), call.id(), megan.id(), "mute-context"));

        given.clock().advance(Duration.ofSeconds(1));
        core.runDueLifecycleWork().runDue(ANY);

        assertThat(given.reload(mute).status()).isEqualTo(OperationStatus.COMPLETED);
        assertThat(given.reload(megan).isMuted()).isTrue();
    }

    @Test
    void a_mute_of_someone_who_left_meanwhile_fails() {
        Call call = established(given.aGroupCall());
        Participant megan = given.aParticipantIn(call, ServiceTestSupport.aUser("megan"));
        CommsOperation mute = core.muteParticipant().mute(
                new MuteParticipantCommand(call.tenantId(), call.id(), megan.id(), null));
        core.removeParticipant().remove(new dev.switchboard.application.port.in.participant.RemoveParticipantCommand(
                call.tenantId(), call.id(), megan.id()));

        given.clock().advance(Duration.ofSeconds(1));
        core.runDueLifecycleWork().runDue(ANY);

        assertThat(given.reload(mute).resultInfo()).isEqualTo(ResultInfo.PARTICIPANT_LEFT);
    }

    @Test
    void an_operation_a_client_completed_by_patch_is_left_as_it_is() {
        Call call = established(given.aGroupCall());
        CommsOperation invitation = given.complete(given.anInvitation(call, anInvitee("megan")));
        int rosterSize = given.roster(call).size();
        given.events().clear();

        given.clock().advance(Duration.ofSeconds(1));
        core.runDueLifecycleWork().runDue(ANY);

        assertThat(given.reload(invitation)).isEqualTo(invitation);
        assertThat(given.roster(call)).hasSize(rosterSize);
        assertThat(given.events().published()).isEmpty();
        assertThat(engineWork(given)).isEmpty();
    }

    @Test
    void each_timer_is_done_once() {
        Call call = established(given.aGroupCall());
        given.anInvitation(call, anInvitee("megan"));
        given.clock().advance(Duration.ofSeconds(1));

        assertThat(core.runDueLifecycleWork().runDue(ANY)).isEqualTo(1);
        assertThat(core.runDueLifecycleWork().runDue(ANY)).isZero();
        assertThat(given.roster(call)).extracting(Participant::identityId).containsOnlyOnce("megan");
    }

    @Test
    void with_a_zero_delay_work_is_due_at_once() {
        ServiceTestSupport atOnce = new ServiceTestSupport(
                CoreSettings.defaults().withOperationDelay(OperationDelay.parse("PT0S")));
        Call call = atOnce.aGroupCall();

        atOnce.core().runDueLifecycleWork().runDue(ANY);

        assertThat(atOnce.reload(call).state()).isEqualTo(CallState.ESTABLISHED);
    }

    @Test
    void with_the_engine_off_nothing_is_scheduled_and_operations_wait_for_patch() {
        ServiceTestSupport off = new ServiceTestSupport(
                CoreSettings.defaults().withOperationDelay(OperationDelay.parse("off")));
        Call call = off.aGroupCall();
        CommsOperation invitation = off.anInvitation(call, anInvitee("megan"));

        off.clock().advance(Duration.ofMinutes(30));

        assertThat(engineWork(off)).isEmpty();
        assertThat(off.core().runDueLifecycleWork().runDue(ANY)).isZero();
        assertThat(off.reload(invitation).status()).isEqualTo(OperationStatus.RUNNING);
        assertThat(off.reload(call).state()).isEqualTo(CallState.ESTABLISHING);
    }

    @Test
    void timers_are_stored_with_the_change_that_set_them() {
        Call call = given.aGroupCall();
        CommsOperation invitation = given.anInvitation(call, anInvitee("megan"));

        assertThat(given.store().timers().all()).extracting(LifecycleTimer::kind, LifecycleTimer::targetId)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(LifecycleTimer.Kind.ESTABLISH_CALL, call.id().value()),
                        org.assertj.core.groups.Tuple.tuple(LifecycleTimer.Kind.EXPIRE_CALL, call.id().value()),
                        org.assertj.core.groups.Tuple.tuple(LifecycleTimer.Kind.FINISH_OPERATION,
                                invitation.id().value()));
        assertThat(engineWork(given)).extracting(LifecycleTimer::dueAt)
                .containsOnly(given.clock().instant().plusSeconds(1));
    }

    @Test
    void an_unparseable_delay_is_refused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> OperationDelay.parse("soon"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("soon");
    }

    // ---- keepAlive

    @Test
    void a_call_without_a_keep_alive_for_45_minutes_ends_with_408_8537_and_leaves_its_record() {
        Call call = established(given.aGroupCall());
        given.events().clear();

        given.clock().advance(Call.KEEP_ALIVE_TIMEOUT.minusSeconds(1)); // 45 minutes after the call was placed
        core.runDueLifecycleWork().runDue(ANY);
        assertThat(given.reload(call).state()).isEqualTo(CallState.ESTABLISHED);

        given.clock().advance(Duration.ofSeconds(1));
        core.runDueLifecycleWork().runDue(ANY);

        Call expired = given.reload(call);
        assertThat(expired.state()).isEqualTo(CallState.TERMINATED);
        assertThat(expired.resultInfo()).isEqualTo(ResultInfo.KEEP_ALIVE_TIMEOUT);
        assertThat(given.recordOf(call).version()).isEqualTo(1);
        assertThat(given.events().published(CallStateChanged.class)).extracting(e -> e.call().state())
                .containsExactly(CallState.TERMINATED);
    }

    @Test
    void a_keep_alive_moves_the_expiry_on() {
        Call call = established(given.aGroupCall());
        given.clock().advance(Duration.ofMinutes(40));
        core.keepAlive().keepAlive(new dev.switchboard.application.port.in.call.KeepAliveCommand(
                call.tenantId(), call.id()));

        given.clock().advance(Duration.ofMinutes(44));
        core.runDueLifecycleWork().runDue(ANY);
        assertThat(given.reload(call).state()).isEqualTo(CallState.ESTABLISHED);

        given.clock().advance(Duration.ofMinutes(2));
        core.runDueLifecycleWork().runDue(ANY);
        assertThat(given.reload(call).resultInfo()).isEqualTo(ResultInfo.KEEP_ALIVE_TIMEOUT);
    }

    @Test
    void the_keep_alive_timeout_is_configurable() {
        ServiceTestSupport quick = new ServiceTestSupport(
                CoreSettings.defaults().withKeepAliveTimeout(Duration.ofMinutes(5)));
        Call call = quick.aGroupCall();

        quick.clock().advance(Duration.ofMinutes(5).plusSeconds(1));
        quick.core().runDueLifecycleWork().runDue(ANY);

        assertThat(quick.reload(call).resultInfo()).isEqualTo(ResultInfo.KEEP_ALIVE_TIMEOUT);
    }

    @Test
    void a_hung_up_call_does_not_expire_again() {
        Call call = given.hangUp(given.aGroupCall());

        given.clock().advance(Duration.ofHours(1));
        core.runDueLifecycleWork().runDue(ANY);

        assertThat(given.reload(call).resultInfo()).isEqualTo(ResultInfo.ENDED_BY_APPLICATION);
    }

    /** The timers of establishing and operations, without the keepAlive expiry every call has. */
    private static List<LifecycleTimer> engineWork(ServiceTestSupport support) {
        return support.store().timers().all().stream()
                .filter(timer -> timer.kind() != LifecycleTimer.Kind.EXPIRE_CALL)
                .toList();
    }

    /** Lets the call's own establishment timer run first, so the test sees only the work it starts itself. */
    private Call established(Call call) {
        given.clock().advance(Duration.ofSeconds(1));
        core.runDueLifecycleWork().runDue(ANY);
        return given.reload(call);
    }
}
