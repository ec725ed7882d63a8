package io.charter.scheduler.tuning.sampler;

import io.charter.scheduler.tuning.Direction;
import io.charter.scheduler.tuning.Sampler;
import io.charter.scheduler.tuning.StudySimulator;
import io.charter.scheduler.tuning.Trial;
import io.charter.scheduler.tuning.TrialState;
import io.charter.scheduler.tuning.bench.BenchFunction;
import io.charter.scheduler.tuning.space.CategoricalParam;
import io.charter.scheduler.tuning.space.FloatParam;
import io.charter.scheduler.tuning.space.SearchSpace;
import org.apache.commons.math3.stat.inference.MannWhitneyUTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongFunction;

import static org.assertj.core.api.Assertions.assertThat;

class TpeSamplerTest {

    @Test
    void shouldUseOptunasGamma() {
        assertThat(TpeOptions.defaultGamma(0)).isZero();
        assertThat(TpeOptions.defaultGamma(1)).isEqualTo(1);
        assertThat(TpeOptions.defaultGamma(10)).isEqualTo(1);
        assertThat(TpeOptions.defaultGamma(11)).isEqualTo(2);
        assertThat(TpeOptions.defaultGamma(30)).isEqualTo(3);
        assertThat(TpeOptions.defaultGamma(241)).isEqualTo(25);
        assertThat(TpeOptions.defaultGamma(5000)).isEqualTo(25);
    }

    @Test
    void shouldRampTheWeightsOfOldObservationsFrom25On() {
        assertThat(TpeOptions.defaultWeights(3)).containsExactly(1, 1, 1);
        assertThat(TpeOptions.defaultWeights(25)).containsOnly(1.0).hasSize(25);
        assertThat(TpeOptions.defaultWeights(26)[0]).isEqualTo(1.0 / 26);
        double[] w = TpeOptions.defaultWeights(30);
        // np.linspace(1/30, 1, num=5) then 25 ones
        assertThat(Arrays.copyOf(w, 5)).containsExactly(new double[] {1 / 30.0, 1 / 30.0 + 0.25 * 29 / 30,
            1 / 30.0 + 0.5 * 29 / 30, 1 / 30.0 + 0.75 * 29 / 30, 1.0}, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(Arrays.copyOfRange(w, 5, 30)).containsOnly(1.0);
    }

    @Test
    void shouldDrawAtRandomUntilTheStartupTrialsHaveFinished() {
        SearchSpace space = BenchFunction.branin().space();
        List<Trial> nine = new ArrayList<>();
        for (int n = 0; n < 9; n++) {
            nine.add(Trial.complete(n, new RandomSampler(1).suggest(space, nine, n), n));
        }
        nine.add(Trial.running(9, Map.of("x0", 0.0, "x1", 0.0)));
        assertThat(TpeSampler.withSeed(4).suggest(space, nine, 10)).isEqualTo(new RandomSampler(4).suggest(space, nine, 10));
    }

    @Test
    void shouldSteerAwayFromARunningTrialOnlyWithTheConstantLiar() {
        SearchSpace space = BenchFunction.sphere(2).space();
        List<Trial> history = new ArrayList<>(StudySimulator.builder(space, TpeSampler.withSeed(3)).trials(30).build()
                .run(BenchFunction.sphere(2).objective()));
        TpeSampler liar = TpeSampler.withSeed(3);
        TpeSampler honest = new TpeSampler(TpeOptions.defaults().withSeed(3).withConstantLiar(false));
        Map<String, Object> alone = liar.suggest(space, history, 31);
        assertThat(honest.suggest(space, history, 31)).isEqualTo(alone);

        history.add(Trial.running(30, alone));

        assertThat(honest.suggest(space, history, 31)).as("running trials are ignored").isEqualTo(alone);
        assertThat(liar.suggest(space, history, 31)).as("the running trial counts as bad").isNotEqualTo(alone);
    }

    @Test
    void shouldRunParallelTrialsAtDistinctPoints() {
        SearchSpace space = BenchFunction.branin().space();
        List<Trial> trials = StudySimulator.builder(space, TpeSampler.withSeed(8)).trials(60).concurrency(4).build()
                .run(BenchFunction.branin().objective());
        assertThat(trials).hasSize(60).allMatch(t -> t.state() == TrialState.COMPLETE);
        assertThat(trials.stream().map(Trial::params).distinct().count()).isEqualTo(60);
    }

    @Test
    void shouldPreferTheBetterBranchOfAConditionalSpace() {
        SearchSpace space = SearchSpace.of(CategoricalParam.of("kernel", "good", "bad", "worse"),
                FloatParam.uniform("g", 0, 1).when("kernel", "good"), FloatParam.uniform("b", 0, 1).when("kernel", "bad"));
        List<Trial> trials = StudySimulator.builder(space, TpeSampler.withSeed(2)).trials(60).build().run(p ->
                switch ((String) p.get("kernel")) {
                    case "good" -> Math.abs((double) p.get("g") - 0.3);
                    case "bad" -> 2 + (double) p.get("b");
                    default -> 5;
                });
        long good = trials.subList(30, 60).stream().filter(t -> t.params().get("kernel").equals("good")).count();
        assertThat(good).isGreaterThan(20);
    }

    @Test
    void shouldMaximizeWhenAskedTo() {
        SearchSpace space = BenchFunction.sphere(2).space();
        List<Trial> trials = StudySimulator.builder(space,
                        new TpeSampler(TpeOptions.defaults().withSeed(1).withDirection(Direction.MAXIMIZE))).trials(60).build()
                .run(p -> -BenchFunction.sphere(2).objective().applyAsDouble(p));
        assertThat(trials.stream().mapToDouble(Trial::value).max().orElseThrow()).isGreaterThan(-0.3);
    }

    /** Best value after {@code evals} trials, for 12 seeds. */
    private static double[] regrets(BenchFunction f, LongFunction<Sampler> sampler, int evals) {
        double[] best = new double[12];
        for (int seed = 0; seed < best.length; seed++) {
            List<Trial> trials = StudySimulator.builder(f.space(), sampler.apply(seed)).trials(evals).build().run(f.objective());
            best[seed] = trials.stream().mapToDouble(Trial::value).min().orElseThrow() - f.optimum();
        }
        return best;
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    @Test
    void shouldBeatRandomSearchAtTheSameBudgetOverTwelveSeeds() {
        Map<String, double[]> p = new TreeMap<>();
        for (BenchFunction f : List.of(BenchFunction.sphere(2), BenchFunction.branin())) {
            double[] random = regrets(f, RandomSampler::new, 80);
            double[] tpe = regrets(f, TpeSampler::withSeed, 80);
            double[] mv = regrets(f, seed -> new TpeSampler(TpeOptions.defaults().withSeed(seed).withMultivariate(true)), 80);
            MannWhitneyUTest mw = new MannWhitneyUTest();
            assertThat(median(tpe)).as(f.name() + " univariate").isLessThan(median(random));
            assertThat(median(mv)).as(f.name() + " multivariate").isLessThan(median(random));
            // two-sided p below 0.01 with the medians ordered: one-sided p below 0.005
            assertThat(mw.mannWhitneyUTest(tpe, random)).as(f.name() + " univariate p").isLessThan(0.01);
            assertThat(mw.mannWhitneyUTest(mv, random)).as(f.name() + " multivariate p").isLessThan(0.01);
        }
    }
}
