package dev.switchboard.app.events;

import dev.switchboard.application.port.out.CallEventPublisher;
import dev.switchboard.application.port.out.CallEventSource;

import java.util.Objects;

/**
 * The two ends of this instance's live events, chosen together by {@link LiveEventsConfiguration}: where the core's
 * events go once their transaction commits ({@code publisher}, which the outbox publisher hands each event on to),
 * and where live subscribers hear them ({@code source}). {@code transport} names the choice for logs and tests.
 */
public record LiveEvents(String transport, CallEventPublisher publisher, CallEventSource source,
                         AutoCloseable resources) implements AutoCloseable {

    public LiveEvents {
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(resources, "resources");
    }

    /** Stops whatever the transport runs (the PostgreSQL listener's thread and connection). */
    @Override
    public void close() throws Exception {
        resources.close();
    }
}
