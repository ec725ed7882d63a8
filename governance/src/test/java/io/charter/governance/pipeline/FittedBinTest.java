package io.charter.governance.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which bin a value falls in: left-closed bins, the last closed, values outside clamped to the end bins. */
class FittedBinTest {

    private static final double[] EDGES = {0, 1, 2, 3};

    @Test
    void shouldPutEdgeValuesInTheBinTheyOpen() {
        assertThat(FittedBin.bin(EDGES, 0)).isZero();
        assertThat(FittedBin.bin(EDGES, 0.5)).isZero();
        assertThat(FittedBin.bin(EDGES, 1)).isEqualTo(1);
        assertThat(FittedBin.bin(EDGES, 2.999)).isEqualTo(2);
        assertThat(FittedBin.bin(EDGES, 3)).isEqualTo(2);
    }

    @Test
    void shouldClampValuesOutsideTheTrainRange() {
        assertThat(FittedBin.bin(EDGES, -100)).isZero();
        assertThat(FittedBin.bin(EDGES, 100)).isEqualTo(2);
        assertThat(FittedBin.bin(new double[] {5, 5}, 7)).isZero();
        assertThat(FittedBin.bin(EDGES, Double.NaN)).isNaN();
    }

    @Test
    void shouldRefuseEdgesThatDoNotIncrease() {
        assertThat(catchThrowableOfType(IllegalArgumentException.class,
                () -> new FittedBin.Edges("x", List.of(0.0, 2.0, 2.0))))
                .hasMessage("edges of \"x\" must be at least two increasing numbers, but are [0.0, 2.0, 2.0]");
    }
}
