package io.charter.scheduler.tuning.sampler;

import io.charter.scheduler.tuning.space.CategoricalParam;
import io.charter.scheduler.tuning.space.FloatParam;
import io.charter.scheduler.tuning.space.IntParam;
import io.charter.scheduler.tuning.space.ParamSpec;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The estimator against Optuna 5.0's {@code _ParzenEstimator.log_pdf} on the same observations
 * (prior weight 1, magic clip, no endpoints, default weights); the expected numbers were printed
 * by Optuna itself.
 */
class ParzenEstimatorTest {

    private static final TpeOptions OPTIONS = TpeOptions.defaults();

    private static double[] logPdf(List<ParamSpec> params, double[][] obs, double[][] x) {
        return new ParzenEstimator(params, obs, OPTIONS, TpeOptions.Bandwidth.NEIGHBOUR).logPdf(x);
    }

    private static double[][] column(double... v) {
        double[][] rows = new double[v.length][1];
        for (int i = 0; i < v.length; i++) {
            rows[i][0] = v[i];
        }
        return rows;
    }

    @Test
    void shouldMatchOptunaOnAUniformFloat() {
        assertThat(logPdf(List.of(FloatParam.uniform("x", -5, 5)), column(-1, 0.5, 2, 3.3), column(-4.9, -1, 0, 2.5, 4.99)))
                .containsExactly(new double[] {-3.8228310298472943, -2.1810575907642367, -1.9715013107845087,
                    -1.9186315710059934, -2.756416366750735}, within(1e-9));
    }

    @Test
    void shouldMatchOptunaOnALogFloat() {
        assertThat(logPdf(List.of(FloatParam.logUniform("x", 1e-4, 1)), column(1e-3, 0.02, 0.5), column(2e-4, 1e-3, 0.1, 0.9)))
                .containsExactly(new double[] {-2.5331134115579257, -2.2731868754527156, -2.117095815385034,
                    -2.3106838151491065}, within(1e-9));
    }

    @Test
    void shouldMatchOptunaOnIntegersAsGridCells() {
        assertThat(logPdf(List.of(IntParam.range("n", 1, 10)), column(2, 3, 3, 9), column(1, 3, 5, 10)))
                .containsExactly(new double[] {-2.0745413452144006, -1.840979778826942, -2.2928117139245847,
                    -2.880192186683029}, within(1e-9));
        assertThat(logPdf(List.of(IntParam.logRange("n", 1, 64)), column(2, 8, 32), column(1, 8, 20, 64)))
                .containsExactly(new double[] {-1.82343199672657, -3.4737881946029088, -4.443158943782221,
                    -5.939725398821763}, within(1e-9));
        assertThat(logPdf(List.of(FloatParam.stepped("x", 0, 1, 0.25)), column(0.25, 0.75), column(0, 0.25, 0.5, 1)))
                .containsExactly(new double[] {-1.7530987556780993, -1.5478822644394965, -1.4778328786638968,
                    -1.7530987556780993}, within(1e-9));
    }

    @Test
    void shouldMatchOptunaOnCategories() {
        assertThat(logPdf(List.of(CategoricalParam.of("c", "a", "b", "c")), column(0, 0, 2), column(0, 1, 2)))
                .containsExactly(new double[] {-0.7419373447293773, -1.6582280766035324, -1.0986122886681098}, within(1e-12));
    }

    @Test
    void shouldMatchOptunaOnAJointProductKernel() {
        List<ParamSpec> params = List.of(FloatParam.uniform("x", -5, 5), CategoricalParam.of("c", "a", "b", "c"),
                IntParam.range("n", 1, 10));
        double[][] obs = {{-1, 0, 2}, {0.5, 1, 5}, {2, 1, 9}};
        double[][] x = {{0, 1, 5}, {0.5, 1, 4}, {4, 2, 1}};
        assertThat(logPdf(params, obs, x)).containsExactly(new double[] {-4.788568061572999, -4.794099375674614,
            -6.8750419818539505}, within(1e-9));
    }

    @Test
    void shouldMatchOptunaWithRampedWeightsAndWithThePriorAlone() {
        double[] obs = new double[30];
        for (int i = 0; i < 30; i++) {
            obs[i] = -4 + 8.0 * i / 29;
        }
        assertThat(logPdf(List.of(FloatParam.uniform("x", -5, 5)), column(obs), column(-4.5, 0.1, 3.9)))
                .containsExactly(new double[] {-5.436263493330224, -2.0366360468064437, -2.2738641431447975}, within(1e-9));
        assertThat(logPdf(List.of(FloatParam.uniform("x", -5, 5)), new double[0][], column(-4.5, 0.0)))
                .containsExactly(new double[] {-2.3628572925030964, -2.261607292503096}, within(1e-9));
    }

    @Test
    void shouldTakeTheLargerNeighbourGapAndClipIt() {
        // sorted with the ends: 0, .1, .15, .9, 1 → gaps (.1, .05, .75, .1); the outermost kernels
        // use their inner gap (no endpoints): .05 and .75; the middle one max(.05, .75)
        assertThat(Bandwidths.neighbour(new double[] {0.9, 0.1, 0.15}, 0, 1, false))
                .containsExactly(new double[] {0.75, 0.05, 0.75}, within(1e-12));
        assertThat(Bandwidths.neighbour(new double[] {0.9, 0.1, 0.15}, 0, 1, true))
                .containsExactly(new double[] {0.75, 0.1, 0.75}, within(1e-12));
        assertThat(Bandwidths.scott(16, 2, 10)).containsOnly(0.2 * Math.pow(16, -1.0 / 6) * 10);
    }

    @Test
    void shouldArgsortStably() {
        assertThat(Bandwidths.argsort(new double[] {3, 1, 2, 1, 0, 3})).containsExactly(4, 1, 3, 2, 0, 5);
        assertThat(Bandwidths.argsort(new double[0])).isEmpty();
        double[] random = new SplittableRandom(2).doubles(1001).toArray();
        int[] order = Bandwidths.argsort(random);
        for (int i = 1; i < order.length; i++) {
            assertThat(random[order[i - 1]]).isLessThanOrEqualTo(random[order[i]]);
        }
    }

    @Test
    void shouldSampleWithinTheDomainAndOnTheGrid() {
        List<ParamSpec> params = List.of(FloatParam.logUniform("lr", 1e-5, 1e-1), IntParam.stepped("u", 16, 256, 16));
        double[][] obs = {{1e-4, 32}, {1e-2, 256}};
        double[][] draws = new ParzenEstimator(params, obs, OPTIONS, TpeOptions.Bandwidth.NEIGHBOUR)
                .sample(new SplittableRandom(1), 2000);
        for (double[] d : draws) {
            assertThat(d[0]).isBetween(1e-5, 1e-1);
            assertThat(d[1]).isBetween(16.0, 256.0);
            assertThat(d[1] % 16).isZero();
        }
    }

    @Test
    void shouldHaveADensityThatIntegratesToOne() {
        ParzenEstimator pe = new ParzenEstimator(List.of(FloatParam.uniform("x", -5, 5)), column(-1, 0.5, 2, 3.3, 4.9),
                OPTIONS, TpeOptions.Bandwidth.NEIGHBOUR);
        int n = 20_000;
        double[][] x = new double[n][1];
        for (int i = 0; i < n; i++) {
            x[i][0] = -5 + 10 * (i + 0.5) / n;
        }
        double integral = 0;
        for (double lp : pe.logPdf(x)) {
            integral += Math.exp(lp) * 10.0 / n;
        }
        assertThat(integral).isCloseTo(1.0, within(1e-4));
    }

    @Test
    void shouldInvertTheTruncatedNormalInBothTails() {
        for (double[] ab : new double[][] {{-1, 2}, {-30, 0.5}, {3, 9}, {-9, -3}, {-0.1, 40}}) {
            for (double q : new double[] {1e-9, 0.01, 0.3, 0.5, 0.97, 1 - 1e-9}) {
                double z = TruncatedNormal.ppf(q, ab[0], ab[1]);
                assertThat(z).isBetween(ab[0], ab[1]);
                double cdf = Math.exp(TruncatedNormal.logMass(ab[0], z) - TruncatedNormal.logMass(ab[0], ab[1]));
                assertThat(cdf).isCloseTo(q, within(1e-7));
            }
        }
    }
}
