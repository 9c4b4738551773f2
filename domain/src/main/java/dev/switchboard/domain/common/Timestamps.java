package dev.switchboard.domain.common;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Every stored date-time is kept to the microsecond, the finest precision PostgreSQL stores, so that what a
 * client writes is exactly what it reads back.
 */
public final class Timestamps {

    private Timestamps() {
    }

    public static Instant micros(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }
}
