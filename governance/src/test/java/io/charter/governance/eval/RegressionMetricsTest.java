package io.charter.governance.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** MSE, RMSE, MAE, MAPE and R², by hand and against scikit-learn 1.9.1. */
class RegressionMetricsTest {

    private static final double EXACT = 1e-15;

    @Test
    void shouldComputeEveryMetricByHand() {
        // y = 1 2 3 4, ŷ = 1 3 3 2: errors 0 −1 0 2
        // MSE (0 + 1 + 0 + 4)/4 = 1.25, MAE 3/4, MAPE (0 + 1/2 + 0 + 2/4)/4 = 1/4
        // mean y 2.5: SS_tot 2.25 + .25 + .25 + 2.25 = 5, SS_res 5 → R² 0
        double[] y = {1, 2, 3, 4};
        double[] p = {1, 3, 3, 2};

        assertThat(RegressionMetrics.meanSquaredError(y, p)).isEqualTo(1.25);
        assertThat(RegressionMetrics.rootMeanSquaredError(y, p)).isEqualTo(Math.sqrt(1.25));
        assertThat(RegressionMetrics.meanAbsoluteError(y, p)).isEqualTo(0.75);
        assertThat(RegressionMetrics.meanAbsolutePercentageError(y, p)).isEqualTo(0.25);
        assertThat(RegressionMetrics.r2(y, p)).isEqualTo(0.0);
    }

    @Test
    void shouldMatchSklearnOnTheRegressionFixture() {
        double[][] r = EvalFixtures.regression();

        // mean_squared_error, root_mean_squared_error, mean_absolute_error, r2_score on EvalFixtures.regression
        assertThat(RegressionMetrics.meanSquaredError(r[0], r[1])).isCloseTo(0.621875, within(EXACT));
        assertThat(RegressionMetrics.rootMeanSquaredError(r[0], r[1])).isCloseTo(0.7885905147793751, within(EXACT));
        assertThat(RegressionMetrics.meanAbsoluteError(r[0], r[1])).isCloseTo(0.6875, within(EXACT));
        assertThat(RegressionMetrics.r2(r[0], r[1])).isCloseTo(0.9586708203530634, within(EXACT));
    }

    @Test
    void shouldDivideByEpsilonWhereTheTargetIsZeroAsSklearnsMape() {
        double[][] r = EvalFixtures.regression();
        double[] shiftedY = new double[r[0].length];
        double[] shiftedP = new double[r[0].length];
        for (int i = 0; i < shiftedY.length; i++) {
            shiftedY[i] = r[0][i] + 10;
            shiftedP[i] = r[1][i] + 10;
        }

        // mean_absolute_percentage_error(y, ŷ): rows with y = 0 divide by 2^-52 and dominate
        assertThat(RegressionMetrics.meanAbsolutePercentageError(r[0], r[1]))
                .isCloseTo(591097451092377.8, within(591097451092377.8 * 1e-15));
        // mean_absolute_percentage_error(y + 10, ŷ + 10)
        assertThat(RegressionMetrics.meanAbsolutePercentageError(shiftedY, shiftedP))
                .isCloseTo(0.06158615017830027, within(EXACT));
        // one row, y = 0, error 1: 1 / 2^-52
        assertThat(RegressionMetrics.meanAbsolutePercentageError(new double[] {0}, new double[] {1}))
                .isEqualTo(Math.pow(2, 52));
    }

    @Test
    void shouldFollowSklearnsR2ConventionsForAConstantTargetAndASingleRow() {
        // sklearn.metrics.r2_score([2, 2], [2, 2]) = 1.0; r2_score([2, 2], [1, 2]) = 0.0; one row: nan
        assertThat(RegressionMetrics.r2(new double[] {2, 2}, new double[] {2, 2})).isEqualTo(1.0);
        assertThat(RegressionMetrics.r2(new double[] {2, 2}, new double[] {1, 2})).isEqualTo(0.0);
        assertThat(RegressionMetrics.r2(new double[] {2}, new double[] {1})).isNull();
    }

    @Test
    void shouldRefuseEmptyMismatchedOrNonFiniteInput() {
        assertThatThrownBy(() -> RegressionMetrics.meanSquaredError(new double[0], new double[0]))
                .hasMessage("yTrue must not be empty, but got 0 rows");
        assertThatThrownBy(() -> RegressionMetrics.meanAbsoluteError(new double[] {1}, new double[] {1, 2}))
                .hasMessage("yPred must have one value per row of yTrue (1), but got 2");
        assertThatThrownBy(() -> RegressionMetrics.r2(new double[] {1, Double.POSITIVE_INFINITY}, new double[] {1, 2}))
                .hasMessage("yTrue must be finite numbers, but yTrue[1] is Infinity");
    }
}
