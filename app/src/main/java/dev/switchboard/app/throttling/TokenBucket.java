package dev.switchboard.app.throttling;

import dev.switchboard.app.throttling.ThrottlingProperties.Limit;

import java.time.Duration;

/**
 * A token bucket: it holds up to {@code limit.requests()} tokens, refills at {@code requests / per}, and each request
 * takes one. Time is passed in (nanoseconds of a monotonic clock), so the arithmetic is testable without waiting.
 */
final class TokenBucket {

    private final double capacity;
    private final double tokensPerNano;
    private double tokens;
    private long lastRefill;

    TokenBucket(Limit limit, long nowNanos) {
        this.capacity = limit.requests();
        this.tokensPerNano = limit.requests() / (double) limit.per().toNanos();
        this.tokens = capacity;
        this.lastRefill = nowNanos;
    }

    /** Takes a token; when none is left, answers how long until one is (and takes nothing). */
    synchronized Duration tryTake(long nowNanos) {
        tokens = Math.min(capacity, tokens + (nowNanos - lastRefill) * tokensPerNano);
        lastRefill = nowNanos;
        if (tokens >= 1) {
            tokens -= 1;
            return Duration.ZERO;
        }
        return Duration.ofNanos((long) Math.ceil((1 - tokens) / tokensPerNano));
    }
}
