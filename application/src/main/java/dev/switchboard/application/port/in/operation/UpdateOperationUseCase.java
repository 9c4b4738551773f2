package dev.switchboard.application.port.in.operation;

import dev.switchboard.domain.operation.CommsOperation;

/** Changes an operation ({@code PATCH …/operations/{id}}, seed): its clientContext, or, as the simulator's manual control, its status and resultInfo. Completing an operation applies its effect. */
public interface UpdateOperationUseCase {

    CommsOperation update(UpdateOperationCommand command);
}
