package dev.switchboard.archfixture.domain.call;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/** Breaks "the core never reads the system clock": every forbidden clock, including overloads. */
public class CallThatReadsTheSystemClock {

    Instant startedAt() {
        return Instant.now();
    }

    Instant startedAtEvenWithAClock(Clock clock) {
        return Instant.now(clock);
    }

    OffsetDateTime endedAt() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    LocalDateTime localStart() {
        return LocalDateTime.now();
    }

    ZonedDateTime zonedStart() {
        return ZonedDateTime.now();
    }

    LocalDate day() {
        return LocalDate.now();
    }

    long millis() {
        return System.currentTimeMillis();
    }
}
