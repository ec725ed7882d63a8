package io.charter.governance.data.parquet;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimeUnit;

/** The {@link ColumnText}s of dates, times and timestamps, all written in ISO-8601 forms. */
final class TemporalText {

    /** The Julian day number of 1970-01-01, for INT96 timestamps. */
    private static final long JULIAN_DAY_OF_EPOCH = 2_440_588L;
    private static final long NANOS_PER_DAY = 86_400_000_000_000L;
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private TemporalText() {
    }

    static final class Dates extends ColumnText {
        Dates(String[] fields, int index) {
            super(fields, index);
        }

        @Override
        public void addInt(int daysSinceEpoch) {
            set(LocalDate.ofEpochDay(daysSinceEpoch).toString());
        }
    }

    static final class Timestamps extends ColumnText {
        private final long unitsPerSecond;
        private final long nanosPerUnit;
        private final String suffix;

        Timestamps(String[] fields, int index, TimeUnit unit, boolean utc) {
            super(fields, index);
            this.nanosPerUnit = nanosPer(unit);
            this.unitsPerSecond = NANOS_PER_SECOND / nanosPerUnit;
            this.suffix = utc ? "Z" : "";
        }

        @Override
        public void addLong(long sinceEpoch) {
            long seconds = Math.floorDiv(sinceEpoch, unitsPerSecond);
            int nanos = (int) (Math.floorMod(sinceEpoch, unitsPerSecond) * nanosPerUnit);
            LocalDateTime t = LocalDateTime.ofEpochSecond(seconds, nanos, ZoneOffset.UTC);
            set(DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(t) + suffix);
        }
    }

    static final class Int96s extends ColumnText {
        Int96s(String[] fields, int index) {
            super(fields, index);
        }

        @Override
        public void addBinary(Binary value) {
            if (value.length() != 12) {
                throw bad("is an INT96 timestamp of " + value.length() + " bytes, but must have 12");
            }
            ByteBuffer b = ByteBuffer.wrap(value.getBytes()).order(ByteOrder.LITTLE_ENDIAN);
            long nanosOfDay = b.getLong(0);
            long julianDay = Integer.toUnsignedLong(b.getInt(8));
            if (nanosOfDay < 0 || nanosOfDay >= NANOS_PER_DAY) {
                throw bad("is an INT96 timestamp whose time of day (" + nanosOfDay + " ns) is not within one day");
            }
            LocalDateTime t = LocalDateTime.of(LocalDate.ofEpochDay(julianDay - JULIAN_DAY_OF_EPOCH),
                    LocalTime.ofNanoOfDay(nanosOfDay));
            set(DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(t));
        }
    }

    static final class Times extends ColumnText {
        private final long nanosPerUnit;

        Times(String[] fields, int index, TimeUnit unit) {
            super(fields, index);
            this.nanosPerUnit = nanosPer(unit);
        }

        @Override
        public void addInt(int value) {
            addLong(value);
        }

        @Override
        public void addLong(long value) {
            if (value < 0 || value >= NANOS_PER_DAY / nanosPerUnit) {
                throw bad("is a TIME of " + value + " units, which is not a time of day");
            }
            set(DateTimeFormatter.ISO_LOCAL_TIME.format(LocalTime.ofNanoOfDay(value * nanosPerUnit)));
        }
    }

    private static long nanosPer(TimeUnit unit) {
        return switch (unit) {
            case MILLIS -> 1_000_000L;
            case MICROS -> 1_000L;
            case NANOS -> 1L;
        };
    }
}
