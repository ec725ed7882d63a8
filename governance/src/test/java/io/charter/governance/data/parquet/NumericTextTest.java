package io.charter.governance.data.parquet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The IEEE 754 binary16 widening that FLOAT16 columns need (Java 17 has no Float.float16ToFloat). */
class NumericTextTest {

    @Test
    void shouldWidenNormalHalfPrecisionValues() {
        assertThat(NumericText.halfToFloat((short) 0x3C00)).isEqualTo(1.0f);
        assertThat(NumericText.halfToFloat((short) 0xC000)).isEqualTo(-2.0f);
        assertThat(NumericText.halfToFloat((short) 0x7BFF)).isEqualTo(65504.0f);
        assertThat(NumericText.halfToFloat((short) 0x3555)).isEqualTo(0.33325195f);
    }

    @Test
    void shouldWidenZerosAndSubnormals() {
        assertThat(NumericText.halfToFloat((short) 0x0000)).isEqualTo(0.0f);
        assertThat(Float.floatToIntBits(NumericText.halfToFloat((short) 0x8000))).isEqualTo(Float.floatToIntBits(-0.0f));
        assertThat(NumericText.halfToFloat((short) 0x0001)).isEqualTo(0x1p-24f);
        assertThat(NumericText.halfToFloat((short) 0x03FF)).isEqualTo(1023 * 0x1p-24f);
    }

    @Test
    void shouldWidenInfinitiesAndNan() {
        assertThat(NumericText.halfToFloat((short) 0x7C00)).isEqualTo(Float.POSITIVE_INFINITY);
        assertThat(NumericText.halfToFloat((short) 0xFC00)).isEqualTo(Float.NEGATIVE_INFINITY);
        assertThat(NumericText.halfToFloat((short) 0x7E00)).isNaN();
    }
}
