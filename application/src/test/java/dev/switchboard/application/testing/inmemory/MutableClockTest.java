package dev.switchboard.application.testing.inmemory;

import dev.switchboard.application.testing.fixtures.Times;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class MutableClockTest {

    @Test
    void a_new_clock_stands_at_t0_in_utc() {
        MutableClock clock = new MutableClock();

        assertThat(clock.instant()).isEqualTo(Times.T0);
        assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
    }

    @Test
    void the_clock_stands_still_until_moved() {
        MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));

        assertThat(clock.instant()).isEqualTo(clock.instant());
        assertThat(Instant.now(clock)).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
    }

    @Test
    void it_can_be_advanced_and_set_even_backwards() {
        MutableClock clock = new MutableClock(Times.T0);

        Instant later = clock.advance(Duration.ofMinutes(45));
        assertThat(later).isEqualTo(Times.T0.plus(Duration.ofMinutes(45)));
        assertThat(clock.instant()).isEqualTo(later);

        clock.set(Times.T0.minusSeconds(1));
        assertThat(clock.instant()).isEqualTo(Times.T0.minusSeconds(1));
    }

    @Test
    void it_keeps_nanoseconds_so_tests_can_check_the_core_truncates_to_microseconds() {
        MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00.123456789Z"));

        assertThat(clock.instant().getNano()).isEqualTo(123_456_789);
    }

    @Test
    void the_same_clock_in_another_zone_moves_with_it() {
        MutableClock clock = new MutableClock(Times.T0);
        Clock inZurich = clock.withZone(ZoneId.of("Europe/Zurich"));

        clock.advance(Duration.ofHours(1));

        assertThat(inZurich.getZone()).isEqualTo(ZoneId.of("Europe/Zurich"));
        assertThat(inZurich.instant()).isEqualTo(clock.instant());
        assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
    }
}
