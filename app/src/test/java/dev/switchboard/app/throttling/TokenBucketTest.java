package dev.switchboard.app.throttling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.app.throttling.ThrottlingProperties.Limit;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** A bucket of ten a second: a burst of ten, then one every 100 ms, and the exact wait when it is empty. */
class TokenBucketTest {

    private static final long SECOND = Duration.ofSeconds(1).toNanos();

    @Test
    void a_full_bucket_serves_a_burst_as_large_as_the_limit_and_then_says_how_long_to_wait() {
        TokenBucket bucket = new TokenBucket(new Limit(10, Duration.ofSeconds(1)), 0);

        for (int i = 0; i < 10; i++) {
            assertThat(bucket.tryTake(0)).as("request %s", i).isZero();
        }
        assertThat(bucket.tryTake(0)).isBetween(Duration.ofMillis(99), Duration.ofMillis(101));
        assertThat(bucket.tryTake(SECOND / 20)).isBetween(Duration.ofMillis(49), Duration.ofMillis(51));
    }

    @Test
    void tokens_come_back_at_the_limits_rate_and_never_beyond_its_size() {
        TokenBucket bucket = new TokenBucket(new Limit(10, Duration.ofSeconds(1)), 0);
        for (int i = 0; i < 10; i++) {
            bucket.tryTake(0);
        }

        assertThat(bucket.tryTake(SECOND / 10)).isZero();
        assertThat(bucket.tryTake(SECOND / 10)).isPositive();
        long muchLater = 100 * SECOND;
        for (int i = 0; i < 10; i++) {
            assertThat(bucket.tryTake(muchLater)).isZero();
        }
        assertThat(bucket.tryTake(muchLater)).isPositive();
    }
}
