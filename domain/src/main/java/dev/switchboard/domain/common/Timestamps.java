package dev.switchboard.domain.common;

import dev.switchboard.domain.error.InvalidInputException;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Every stored date-time is kept to the microsecond, the finest precision PostgreSQL stores, so that what a
 * client writes is exactly what it reads back.
 */
public final class Timestamps {

    private Timestamps() {
    }

    /** Graph's DateTimeOffset range, which PostgreSQL's timestamps hold too. */
    public static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");

    /**
     * The instant to the microsecond.
     *
     * @throws InvalidInputException when it lies outside years 1 to 9999
     */
    public static Instant micros(Instant instant) {
        if (instant == null) {
            return null;
        }
        if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
            throw InvalidInputException.of("", "'" + instant + "' lies outside the years 1 to 9999");
        }
        return instant.truncatedTo(ChronoUnit.MICROS);
    }
}
