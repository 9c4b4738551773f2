package dev.switchboard.application.service;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * How long after it starts the lifecycle engine moves work on (an operation completes, a call is established), or
 * {@link #OFF}, which leaves operations for {@code PATCH} to drive and calls {@code establishing}.
 */
public final class OperationDelay {

    /** The engine sets no timers. */
    public static final OperationDelay OFF = new OperationDelay(null);
    /** Graph-like default: a second. */
    public static final OperationDelay DEFAULT = after(Duration.ofSeconds(1));

    private final Duration delay;

    private OperationDelay(Duration delay) {
        this.delay = delay;
    }

    public static OperationDelay after(Duration delay) {
        Objects.requireNonNull(delay, "delay");
        if (delay.isNegative()) {
            throw new IllegalArgumentException("the operation delay is never negative");
        }
        return new OperationDelay(delay);
    }

    /** {@code off}, or an ISO-8601 duration such as {@code PT1S} ({@code PT0S}: due at once). */
    public static OperationDelay parse(String text) {
        Objects.requireNonNull(text, "text");
        if (text.trim().equalsIgnoreCase("off")) {
            return OFF;
        }
        try {
            return after(Duration.parse(text.trim()));
        } catch (DateTimeParseException malformed) {
            throw new IllegalArgumentException("operation delay '" + text + "' is neither 'off' nor an ISO-8601 duration",
                    malformed);
        }
    }

    /** When work started at {@code now} is due, or nothing when the engine is off. */
    public Optional<Instant> dueFrom(Instant now) {
        return delay == null ? Optional.empty() : Optional.of(now.plus(delay));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OperationDelay that && Objects.equals(delay, that.delay);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(delay);
    }

    @Override
    public String toString() {
        return delay == null ? "off" : delay.toString();
    }
}
