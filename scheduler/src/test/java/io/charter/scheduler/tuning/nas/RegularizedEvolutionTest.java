package io.charter.scheduler.tuning.nas;

import io.charter.scheduler.tuning.Direction;
import io.charter.scheduler.tuning.Pareto;
import io.charter.scheduler.tuning.StudySimulator;
import io.charter.scheduler.tuning.Trial;
import io.charter.scheduler.tuning.space.SearchSpace;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class RegularizedEvolutionTest {

    private static final NasSpace SPACE = NasSpace.withConvolutions();
    private static final SearchSpace SEARCH = SPACE.toSearchSpace();

    /** Lower is better: distance of the architecture from 3 layers of 64 with GELU and dropout 0.1. */
    private static double loss(Map<String, Object> p) {
        Architecture a = SPACE.fromParams(p);
        double d = Math.abs(a.layers() - 3) + (a.activation() == Activation.GELU ? 0 : 1) + Math.abs(a.dropout() - 0.1) * 5;
        for (int w : a.widths()) {
            d += Math.abs(Math.log(w / 64.0)) / 2;
        }
        return d;
    }

    private static List<Trial> completed(int n, long seed) {
        List<Trial> trials = new ArrayList<>();
        NasRandomSearch random = new NasRandomSearch(SPACE, seed);
        for (int i = 0; i < n; i++) {
            Map<String, Object> p = random.suggest(SEARCH, trials, i);
            trials.add(Trial.complete(i, p, loss(p)));
        }
        return trials;
    }

    @Test
    void shouldSuggestRandomArchitecturesUntilThePopulationIsFull() {
        RegularizedEvolution evo = new RegularizedEvolution(SPACE, 10, 3, Fitness.objective(Direction.MINIMIZE), 5);
        List<Trial> nine = completed(9, 1);
        assertThat(evo.suggest(SEARCH, nine, 9)).isEqualTo(SPACE.toParams(SPACE.random(io.charter.scheduler.tuning.Seeds.rng(5, 9))));
    }

    @Test
    void shouldAgeOutTheOldestMemberWhateverItsFitness() {
        RegularizedEvolution evo = new RegularizedEvolution(SPACE, 10, 3, Fitness.objective(Direction.MINIMIZE), 5);
        List<Trial> trials = completed(10, 1);
        trials.set(0, Trial.complete(0, trials.get(0).params(), -1000));
        assertThat(evo.population(trials, 10)).extracting(Trial::number).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);
        trials.add(Trial.complete(10, trials.get(3).params(), 50));
        trials.add(Trial.running(11, trials.get(4).params()));
        assertThat(evo.population(trials, 12)).extracting(Trial::number)
                .as("the best trial 0 is the oldest, so it leaves; running trials are not members")
                .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
    }

    @Test
    void shouldMutateExactlyOneAttributeOfAParentFromThePopulation() {
        RegularizedEvolution evo = new RegularizedEvolution(SPACE, 10, 3, Fitness.objective(Direction.MINIMIZE), 5);
        List<Trial> trials = completed(30, 2);
        List<Architecture> population = evo.population(trials, 30).stream().map(t -> SPACE.fromParams(t.params())).toList();
        for (long n = 30; n < 80; n++) {
            Architecture child = SPACE.fromParams(evo.suggest(SEARCH, trials, n));
            assertThat(population).as("some member differs from the child in exactly one attribute")
                    .anyMatch(parent -> parent.diff(child).size() == 1);
        }
    }

    @Test
    void shouldChangeExactlyOneAttributePerMutation() {
        SplittableRandom rng = new SplittableRandom(9);
        for (int i = 0; i < 500; i++) {
            Architecture a = SPACE.random(rng);
            for (Mutation m : Mutation.applicable(a, SPACE)) {
                Architecture child = m.apply(a, SPACE, rng);
                assertThat(a.diff(child)).as(m + " of " + a).hasSize(1);
                assertThat(SPACE.contains(child)).isTrue();
            }
        }
    }

    @Test
    void shouldBeDeterministicGivenSeedAndHistory() {
        List<Trial> trials = completed(40, 3);
        RegularizedEvolution a = RegularizedEvolution.of(SPACE, Direction.MINIMIZE, 11);
        assertThat(a.suggest(SEARCH, trials, 40)).isEqualTo(RegularizedEvolution.of(SPACE, Direction.MINIMIZE, 11)
                .suggest(SEARCH, trials, 40));
    }

    @Test
    void shouldFindBetterArchitecturesThanItsRandomStart() {
        List<Trial> trials = StudySimulator.builder(SEARCH, RegularizedEvolution.of(SPACE, Direction.MINIMIZE, 1)).trials(300)
                .build().run(RegularizedEvolutionTest::loss);
        double randomPhase = trials.subList(0, 20).stream().mapToDouble(Trial::value).min().orElseThrow();
        double best = trials.stream().mapToDouble(Trial::value).min().orElseThrow();
        assertThat(best).isLessThan(randomPhase).isLessThan(0.5);
    }

    @Test
    void shouldScoreByMnasNetsReward() {
        Fitness mnas = Fitness.mnas(80.0);
        Trial fastLessAccurate = Trial.complete(0, Map.of(), 0.70).completed(0.70, 40.0);
        Trial slowMoreAccurate = Trial.complete(1, Map.of(), 0.71).completed(0.71, 160.0);
        // 0.70 · 0.5^−0.07 ≈ 0.7348 against 0.71 · 2^−0.07 ≈ 0.6763
        assertThat(mnas.score(fastLessAccurate)).isCloseTo(0.70 * Math.pow(0.5, -0.07), org.assertj.core.data.Offset.offset(1e-12));
        assertThat(mnas.score(fastLessAccurate)).isGreaterThan(mnas.score(slowMoreAccurate));
        assertThat(mnas.score(fastLessAccurate.withFeasible(false))).isEqualTo(Double.NEGATIVE_INFINITY);
    }

    @Test
    void shouldTradeAccuracyAgainstSizeOnAParetoFront() {
        // accuracy (max) vs parameter count (min), evolved with the MnasNet reward
        RegularizedEvolution evo = new RegularizedEvolution(SPACE, 20, 5, Fitness.mnas(20_000), 3);
        List<Trial> trials = StudySimulator.builder(SEARCH, evo).trials(120).build().runMulti(p -> {
            Architecture a = SPACE.fromParams(p);
            return new double[] {1 / (1 + loss(p)), a.parameterCount(32, 2)};
        });
        List<Trial> front = Pareto.front(trials, List.of(Direction.MAXIMIZE, Direction.MINIMIZE));
        assertThat(front).isNotEmpty();
        for (Trial t : trials) {
            assertThat(front).noneMatch(f -> Pareto.dominates(t, f, List.of(Direction.MAXIMIZE, Direction.MINIMIZE)));
        }
    }
}
