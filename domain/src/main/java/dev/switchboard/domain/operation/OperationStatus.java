package dev.switchboard.domain.operation;

import dev.switchboard.domain.common.GraphEnum;

/**
 * Graph's {@code operationStatus}, PascalCase as in the CSDL. An operation only moves forward:
 * {@code NotStarted → Running → Completed | Failed}; the last two are terminal.
 */
public enum OperationStatus implements GraphEnum {
    NOT_STARTED("NotStarted", 0),
    RUNNING("Running", 1),
    COMPLETED("Completed", 2),
    FAILED("Failed", 2);

    private final String graphName;
    private final int stage;

    OperationStatus(String graphName, int stage) {
        this.graphName = graphName;
        this.stage = stage;
    }

    @Override
    public String graphName() {
        return graphName;
    }

    public boolean isTerminal() {
        return stage == 2;
    }

    /** True when {@code next} lies strictly ahead of this status. Staying put is not a move. */
    public boolean canMoveTo(OperationStatus next) {
        return next.stage > stage;
    }
}
