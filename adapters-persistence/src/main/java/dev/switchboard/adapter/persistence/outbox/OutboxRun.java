package dev.switchboard.adapter.persistence.outbox;

import java.util.List;
import java.util.Objects;

/**
 * One call's queue as a round took it: the claimed head, then the messages waiting behind it, in the order they are to
 * arrive. Whoever holds the head holds the queue, so the others need no claim of their own.
 */
public record OutboxRun(List<OutboxMessage> messages) {

    public OutboxRun {
        messages = List.copyOf(Objects.requireNonNull(messages, "messages"));
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("a run holds at least its head");
        }
    }

    public OutboxMessage head() {
        return messages.get(0);
    }
}
