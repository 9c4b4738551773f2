package dev.switchboard.application.testing.inmemory;

import dev.switchboard.application.port.out.IdGenerator;

import java.util.concurrent.atomic.AtomicLong;

/**
 * {@link IdGenerator} for tests: UUID-shaped ids from a counter, {@code 00000000-0000-4000-8000-000000000001} first,
 * so a test can name the ids it will get ({@link #idOf}). The ids sort in the order they were handed out.
 */
public final class SequentialIdGenerator implements IdGenerator {

    private static final long LIMIT = 1L << 48;

    private final AtomicLong issued = new AtomicLong();

    @Override
    public String newId() {
        return idOf(issued.incrementAndGet());
    }

    /** How many ids this generator has handed out. */
    public long issued() {
        return issued.get();
    }

    /** The {@code n}th id a fresh generator hands out, counting from 1. */
    public static String idOf(long n) {
        if (n < 1 || n >= LIMIT) {
            throw new IllegalArgumentException("ids are numbered from 1 to 2^48 - 1, not " + n);
        }
        return String.format("00000000-0000-4000-8000-%012x", n);
    }
}
