package io.charter.governance.data.parquet;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.apache.parquet.io.api.Binary;

/** The {@link ColumnText}s of booleans and numbers. */
final class NumericText {

    private NumericText() {
    }

    static final class Bools extends ColumnText {
        Bools(String[] fields, int index) {
            super(fields, index);
        }

        @Override
        public void addBoolean(boolean value) {
            set(value ? "true" : "false");
        }
    }

    static final class Ints extends ColumnText {
        private final boolean signed;

        Ints(String[] fields, int index, boolean signed) {
            super(fields, index);
            this.signed = signed;
        }

        @Override
        public void addInt(int value) {
            set(signed ? Integer.toString(value) : Integer.toUnsignedString(value));
        }

        @Override
        public void addLong(long value) {
            set(signed ? Long.toString(value) : Long.toUnsignedString(value));
        }
    }

    /** Non-finite values are left missing: "NaN" and "Infinity" are not numbers to {@code Values.number}. */
    static final class Floats extends ColumnText {
        Floats(String[] fields, int index) {
            super(fields, index);
        }

        @Override
        public void addFloat(float value) {
            if (Float.isFinite(value)) {
                set(Float.toString(value));
            }
        }

        @Override
        public void addDouble(double value) {
            if (Double.isFinite(value)) {
                set(Double.toString(value));
            }
        }
    }

    /** IEEE 754 half precision, stored little-endian in two bytes. */
    static final class Float16s extends ColumnText {
        Float16s(String[] fields, int index) {
            super(fields, index);
        }

        @Override
        public void addBinary(Binary value) {
            byte[] b = value.getBytes();
            float f = halfToFloat((short) ((b[1] & 0xff) << 8 | (b[0] & 0xff)));
            if (Float.isFinite(f)) {
                set(Float.toString(f));
            }
        }
    }

    /** Widens an IEEE 754 binary16 value; Java 17 has no {@code Float.float16ToFloat}. */
    static float halfToFloat(short half) {
        int bits = half & 0xffff;
        boolean negative = (bits & 0x8000) != 0;
        int exponent = (bits >>> 10) & 0x1f;
        int mantissa = bits & 0x3ff;
        float magnitude;
        if (exponent == 0x1f) {
            magnitude = mantissa == 0 ? Float.POSITIVE_INFINITY : Float.NaN;
        } else if (exponent == 0) {
            magnitude = mantissa * 0x1p-24f;
        } else {
            magnitude = Float.intBitsToFloat((exponent - 15 + 127) << 23 | mantissa << 13);
        }
        return negative ? -magnitude : magnitude;
    }

    static final class Decimals extends ColumnText {
        private final int scale;

        Decimals(String[] fields, int index, int scale) {
            super(fields, index);
            this.scale = scale;
        }

        @Override
        public void addInt(int value) {
            set(BigDecimal.valueOf(value, scale).toPlainString());
        }

        @Override
        public void addLong(long value) {
            set(BigDecimal.valueOf(value, scale).toPlainString());
        }

        /** Big-endian two's complement, as the format specifies for byte-array decimals. */
        @Override
        public void addBinary(Binary value) {
            if (value.length() == 0) {
                throw bad("is an empty DECIMAL value");
            }
            set(new BigDecimal(new BigInteger(value.getBytes()), scale).toPlainString());
        }
    }
}
