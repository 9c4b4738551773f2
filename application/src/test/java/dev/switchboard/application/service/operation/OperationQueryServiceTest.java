package dev.switchboard.application.service.operation;

import dev.switchboard.application.port.in.operation.OperationQueries;
import dev.switchboard.application.port.in.operation.OperationQueries.GetOperationQuery;
import dev.switchboard.application.service.ServiceTestSupport;
import dev.switchboard.domain.call.Call;
import dev.switchboard.domain.error.NotFoundException;
import dev.switchboard.domain.operation.CommsOperation;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.switchboard.application.service.ServiceTestSupport.OTHER_TENANT;
import static dev.switchboard.application.service.ServiceTestSupport.TENANT;
import static dev.switchboard.application.service.ServiceTestSupport.anInvitee;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading an operation ({@code GET …/operations/{id}}), the address invite and mute answer with. */
class OperationQueryServiceTest {

    private final ServiceTestSupport given = new ServiceTestSupport();
    private final OperationQueries operations = given.core().operationQueries();

    @Test
    void an_operation_reads_back_as_it_was_answered() {
        Call call = given.aGroupCall();
        CommsOperation invitation = given.anInvitation(call, anInvitee("adele"));

        assertThat(operations.get(new GetOperationQuery(TENANT, call.id(), invitation.id()))).isEqualTo(invitation);
    }

    @Test
    void another_tenant_cannot_read_the_operation() {
        Call call = given.aGroupCall();
        CommsOperation invitation = given.anInvitation(call, anInvitee("adele"));

        assertThatThrownBy(() -> operations.get(new GetOperationQuery(OTHER_TENANT, call.id(), invitation.id())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void the_operations_of_a_terminated_call_stay_readable_as_long_as_the_call() {
        Call call = given.aGroupCall();
        CommsOperation invitation = given.anInvitation(call, anInvitee("adele"));
        given.hangUp(call);

        given.clock().advance(Duration.ofMinutes(59));
        assertThat(operations.get(new GetOperationQuery(TENANT, call.id(), invitation.id()))).isEqualTo(invitation);

        given.clock().advance(Duration.ofMinutes(2));
        assertThatThrownBy(() -> operations.get(new GetOperationQuery(TENANT, call.id(), invitation.id())))
                .isInstanceOf(NotFoundException.class);
    }
}
