package io.charter.common.data;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Timestamps at the database's precision, so that what is hashed or compared equals what is stored. */
public final class Timestamps {

    private Timestamps() {
    }

    /** Now, truncated to microseconds (PostgreSQL's {@code timestamp(6)}). */
    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
