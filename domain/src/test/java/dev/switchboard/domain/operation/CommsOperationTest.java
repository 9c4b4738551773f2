package dev.switchboard.domain.operation;

import dev.switchboard.domain.common.OperationId;
import dev.switchboard.domain.common.Patch;
import dev.switchboard.domain.common.ResultInfo;
import dev.switchboard.domain.error.ConflictException;
import dev.switchboard.domain.error.InvalidInputException;
import dev.switchboard.domain.participant.InvitationParticipantInfo;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.switchboard.domain.testing.OperationBuilder.anOperation;
import static dev.switchboard.domain.testing.TestData.CALL_ID;
import static dev.switchboard.domain.testing.TestData.T0;
import static dev.switchboard.domain.testing.TestData.TENANT;
import static dev.switchboard.domain.testing.TestData.anInvitee;
import static dev.switchboard.domain.testing.TestData.minutesAfterT0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommsOperationTest {

    private static final ResultInfo DECLINED = new ResultInfo(403, 7, "The invitee declined.");

    @Nested
    class Starting {

        @Test
        void a_new_operation_answers_running_with_its_outcome_still_to_come() {
            CommsOperation operation = CommsOperation.start(TENANT, CALL_ID, OperationId.of("op-9"),
                    new InviteParticipantsOperation(List.of(anInvitee("bob"))), "ctx", T0);

            assertThat(operation.status()).isEqualTo(OperationStatus.RUNNING);
            assertThat(operation.isTerminal()).isFalse();
            assertThat(operation.resultInfo()).isNull();
            assertThat(operation.createdDateTime()).isEqualTo(T0);
            assertThat(operation.lastModifiedDateTime()).isEqualTo(T0);
        }

        @Test
        void an_invitation_names_between_one_and_a_hundred_invitees() {
            List<InvitationParticipantInfo> tooMany = new ArrayList<>();
            for (int i = 0; i < 101; i++) {
                tooMany.add(anInvitee("user-" + i));
            }

            assertThatThrownBy(() -> new InviteParticipantsOperation(List.of()))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("participants: must name at least one participant");
            assertThatThrownBy(() -> new InviteParticipantsOperation(tooMany))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("participants: must name at most 100 participants");
        }
    }

    @Nested
    class Finishing {

        @Test
        void completing_keeps_the_result_and_stamps_the_time() {
            CommsOperation operation = anOperation().build();

            CommsOperation completed = operation.complete(minutesAfterT0(1));

            assertThat(completed.status()).isEqualTo(OperationStatus.COMPLETED);
            assertThat(completed.lastModifiedDateTime()).isEqualTo(minutesAfterT0(1));
        }

        @Test
        void failing_records_why() {
            CommsOperation failed = anOperation().build().fail(DECLINED, minutesAfterT0(1));

            assertThat(failed.status()).isEqualTo(OperationStatus.FAILED);
            assertThat(failed.resultInfo()).isEqualTo(DECLINED);
        }

        @Test
        void the_modification_time_never_goes_back_even_if_the_clock_does() {
            CommsOperation operation = anOperation().lastModifiedAt(minutesAfterT0(5)).build();

            assertThat(operation.complete(minutesAfterT0(1)).lastModifiedDateTime()).isEqualTo(minutesAfterT0(5));
        }

        @Test
        void a_failed_operation_cannot_complete() {
            CommsOperation failed = anOperation().withStatus(OperationStatus.FAILED).build();

            assertThatThrownBy(() -> failed.complete(minutesAfterT0(1)))
                    .isInstanceOf(ConflictException.class)
                    .hasMessage("Operation op-1 cannot move from Failed to Completed.");
        }
    }

    @Nested
    class Patching {

        @Test
        void resending_the_invitees_unchanged_is_accepted() {
            // given a running invitation of Bob
            CommsOperation operation = anOperation().inviting(anInvitee("bob")).build();

            // when the client resends the participants as stored
            CommsOperation updated = operation.update(OperationPatch.empty()
                    .withParticipants(Patch.of(List.of(anInvitee("bob")))), minutesAfterT0(1));

            // then nothing changed
            assertThat(updated).isSameAs(operation);
        }

        @Test
        void changing_the_invitees_is_refused_as_bad_input() {
            CommsOperation operation = anOperation().inviting(anInvitee("bob")).build();

            assertThatThrownBy(() -> operation.update(OperationPatch.empty()
                    .withParticipants(Patch.of(List.of(anInvitee("bob"), anInvitee("eve")))), minutesAfterT0(1)))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("participants: is read-only and cannot be changed");
        }

        @Test
        void a_mute_operation_has_no_participants_to_send() {
            CommsOperation operation = anOperation().muting("p-alice").build();

            assertThat(operation.update(OperationPatch.empty().withParticipants(Patch.cleared()), T0)).isSameAs(operation);
            assertThatThrownBy(() -> operation.update(OperationPatch.empty()
                    .withParticipants(Patch.of(List.of(anInvitee("bob")))), T0))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("participants: is read-only and cannot be changed");
        }

        @Test
        void another_id_is_refused() {
            CommsOperation operation = anOperation().withId("op-1").build();

            assertThatThrownBy(() -> operation.update(OperationPatch.empty().withId(Patch.of("op-2")), T0))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("id: is read-only and cannot be changed");
        }

        @Test
        void a_null_status_is_refused() {
            CommsOperation operation = anOperation().build();

            assertThatThrownBy(() -> operation.update(OperationPatch.empty().withStatus(Patch.cleared()), T0))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("status: must not be null");
        }

        @Test
        void the_client_context_of_a_running_operation_may_change() {
            CommsOperation operation = anOperation().withClientContext("ctx-1").build();

            CommsOperation updated = operation.update(OperationPatch.empty()
                    .withClientContext(Patch.of("ctx-2")), minutesAfterT0(1));

            assertThat(updated.clientContext()).isEqualTo("ctx-2");
            assertThat(updated.status()).isEqualTo(OperationStatus.RUNNING);
            assertThat(updated.lastModifiedDateTime()).isEqualTo(minutesAfterT0(1));
        }

        @Test
        void changing_the_client_context_of_a_completed_operation_is_a_conflict() {
            CommsOperation completed = anOperation().withStatus(OperationStatus.COMPLETED).withClientContext("ctx-1").build();

            assertThatThrownBy(() -> completed.update(OperationPatch.empty()
                    .withClientContext(Patch.of("ctx-2")), minutesAfterT0(1)))
                    .isInstanceOf(ConflictException.class)
                    .hasMessage("Operation op-1 is Completed and can no longer change.");
        }

        @Test
        void resending_the_values_of_a_completed_operation_is_no_change() {
            CommsOperation completed = anOperation().withStatus(OperationStatus.COMPLETED).withClientContext("ctx-1").build();

            CommsOperation updated = completed.update(OperationPatch.empty()
                    .withStatus(Patch.of(OperationStatus.COMPLETED))
                    .withClientContext(Patch.of("ctx-1"))
                    .withParticipants(Patch.of(List.of(anInvitee("bob")))), minutesAfterT0(1));

            assertThat(updated).isSameAs(completed);
        }

        @Test
        void moving_a_running_operation_back_to_not_started_is_a_conflict() {
            CommsOperation running = anOperation().build();

            assertThatThrownBy(() -> running.update(OperationPatch.empty()
                    .withStatus(Patch.of(OperationStatus.NOT_STARTED)), minutesAfterT0(1)))
                    .isInstanceOf(ConflictException.class)
                    .hasMessage("Operation op-1 cannot move back from Running to NotStarted.");
        }

        @Test
        void the_simulator_may_fail_an_operation_with_a_result() {
            CommsOperation running = anOperation().build();

            CommsOperation failed = running.update(OperationPatch.empty()
                    .withStatus(Patch.of(OperationStatus.FAILED))
                    .withResultInfo(Patch.of(DECLINED)), minutesAfterT0(1));

            assertThat(failed.status()).isEqualTo(OperationStatus.FAILED);
            assertThat(failed.resultInfo()).isEqualTo(DECLINED);
        }

        @Test
        void bad_input_is_reported_before_the_conflict_of_a_terminal_operation() {
            CommsOperation completed = anOperation().withStatus(OperationStatus.COMPLETED).build();

            assertThatThrownBy(() -> completed.update(OperationPatch.empty()
                    .withId(Patch.of("op-2"))
                    .withClientContext(Patch.of("x".repeat(257))), minutesAfterT0(1)))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("id: is read-only and cannot be changed; clientContext: must be at most 256 characters");
        }
    }
}
