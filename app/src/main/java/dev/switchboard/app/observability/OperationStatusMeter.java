package dev.switchboard.app.observability;

import dev.switchboard.application.port.out.CallEventPublisher;
import dev.switchboard.domain.event.CallEvent;
import dev.switchboard.domain.event.OperationProgressed;
import dev.switchboard.domain.operation.CommsOperation;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.Objects;

/**
 * Counts operations as they reach a status ({@code switchboard.operations}, tagged with Graph's {@code status} and the
 * operation's {@code kind}), on the instance that made the change and only once it committed: a change that rolled
 * back is not counted. It sits in front of the core's event publisher, so the core itself knows nothing of metrics.
 */
public final class OperationStatusMeter implements CallEventPublisher {

    static final String METER = "switchboard.operations";

    private final CallEventPublisher next;
    private final MeterRegistry registry;

    public OperationStatusMeter(CallEventPublisher next, MeterRegistry registry) {
        this.next = Objects.requireNonNull(next, "next");
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    @Override
    public void publish(CallEvent event) {
        next.publish(event);
        if (event instanceof OperationProgressed progressed) {
            Counter counter = counterFor(progressed.operation());
            if (TransactionSynchronizationManager.isSynchronizationActive()) {
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        counter.increment();
                    }
                });
            } else {
                counter.increment();
            }
        }
    }

    private Counter counterFor(CommsOperation operation) {
        return Counter.builder(METER)
                .description("Operations that reached a status, by status and kind")
                .tag("status", operation.status().graphName())
                .tag("kind", kindOf(operation))
                .register(registry);
    }

    /** Graph's name of the operation's type, e.g. {@code inviteParticipantsOperation}. */
    private static String kindOf(CommsOperation operation) {
        String simpleName = operation.kind().getClass().getSimpleName();
        return Character.toLowerCase(simpleName.charAt(0)) + simpleName.substring(1);
    }
}
