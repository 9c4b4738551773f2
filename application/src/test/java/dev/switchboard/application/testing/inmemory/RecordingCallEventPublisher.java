package dev.switchboard.application.testing.inmemory;

import dev.switchboard.application.port.out.CallEventPublisher;
import dev.switchboard.application.port.out.CallEventSource;
import dev.switchboard.domain.event.CallEvent;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * {@link CallEventPublisher} for tests: keeps what it publishes so a test can look. An event published inside a
 * transaction shows up only once that transaction commits, and never if it rolls back, as with a real outbox. It is
 * also the {@link CallEventSource} of live subscribers, who hear each event at the same moment.
 */
public final class RecordingCallEventPublisher implements CallEventPublisher, CallEventSource {

    private final InMemoryTransactionRunner transactions;
    /** Not guarded by the runner's lock, so a test may look while another thread's transaction is running. */
    private final List<CallEvent> published = new CopyOnWriteArrayList<>();
    private final List<Consumer<CallEvent>> listeners = new CopyOnWriteArrayList<>();

    /** A publisher with transactions of its own. */
    public RecordingCallEventPublisher() {
        this(new InMemoryTransactionRunner());
    }

    /** A publisher that holds events back until the transactions of {@code transactions} commit. */
    public RecordingCallEventPublisher(InMemoryTransactionRunner transactions) {
        this.transactions = transactions;
    }

    @Override
    public void publish(CallEvent event) {
        Objects.requireNonNull(event, "event");
        transactions.afterCommit(() -> {
            published.add(event);
            listeners.forEach(listener -> listener.accept(event));
        });
    }

    @Override
    public Registration listen(Consumer<CallEvent> listener) {
        Objects.requireNonNull(listener, "listener");
        // a wrapper of its own, so that the same listener registered twice is also cancelled one at a time
        Consumer<CallEvent> registered = listener::accept;
        listeners.add(registered);
        return () -> listeners.remove(registered);
    }

    /** Every event published so far by committed work, in the order it was published. */
    public List<CallEvent> published() {
        return List.copyOf(published);
    }

    /** The published events of one type, in order. */
    public <E extends CallEvent> List<E> published(Class<E> type) {
        return published.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** Forgets what was published, so a test can look only at what its own step publishes. */
    public void clear() {
        published.clear();
    }
}
