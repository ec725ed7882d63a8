package io.charter.scheduler.tuning.sampler;

import io.charter.scheduler.tuning.Direction;
import io.charter.scheduler.tuning.Sampler;
import io.charter.scheduler.tuning.Trial;
import io.charter.scheduler.tuning.nas.NasRandomSearch;
import io.charter.scheduler.tuning.nas.NasSpace;
import io.charter.scheduler.tuning.nas.RegularizedEvolution;
import io.charter.scheduler.tuning.space.CategoricalParam;
import io.charter.scheduler.tuning.space.FloatParam;
import io.charter.scheduler.tuning.space.IntParam;
import io.charter.scheduler.tuning.space.ParamSpec;
import io.charter.scheduler.tuning.space.SearchSpace;
import io.charter.scheduler.tuning.nas.Fitness;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The contract every sampler keeps, run over each of them (Optuna's sampler test suite, reduced). */
class SamplerContractTest {

    static final SearchSpace MIXED = SearchSpace.of(
            FloatParam.logUniform("lr", 1e-5, 1e-1),
            FloatParam.uniform("momentum", 0.0, 0.99),
            FloatParam.stepped("dropout", 0.0, 0.5, 0.1),
            IntParam.range("layers", 1, 4),
            IntParam.logRange("batch", 8, 512),
            IntParam.stepped("units", 16, 256, 16),
            CategoricalParam.of("kernel", "rbf", "poly", "linear"),
            FloatParam.uniform("gamma", 0.01, 10).when("kernel", "rbf", "poly"),
            IntParam.range("degree", 2, 5).when("kernel", "poly"),
            CategoricalParam.of("shrinking", true, false),
            IntParam.range("big", 0, 5_000_000_000L));

    static final NasSpace NAS = NasSpace.withConvolutions();

    record Case(String name, LongFunction<Sampler> sampler, SearchSpace space) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> samplers() {
        return Stream.of(
                new Case("random", RandomSampler::new, MIXED),
                new Case("grid", seed -> new GridSampler(seed, 3, 1_000_000), SearchSpace.of(
                        FloatParam.logUniform("lr", 1e-5, 1e-1), FloatParam.stepped("dropout", 0.0, 0.5, 0.1),
                        IntParam.stepped("units", 16, 64, 16), CategoricalParam.of("kernel", "rbf", "poly", "linear"),
                        FloatParam.uniform("gamma", 0.01, 10).when("kernel", "rbf", "poly"),
                        IntParam.range("degree", 2, 3).when("kernel", "poly"))),
                new Case("tpe", seed -> new TpeSampler(TpeOptions.defaults().withSeed(seed)), MIXED),
                new Case("tpe-multivariate", seed -> new TpeSampler(TpeOptions.defaults().withSeed(seed)
                        .withMultivariate(true)), MIXED),
                new Case("tpe-multivariate-scott", seed -> new TpeSampler(TpeOptions.defaults().withSeed(seed)
                        .withMultivariate(true).withJointBandwidth(TpeOptions.Bandwidth.SCOTT)), MIXED),
                new Case("tpe-maximize-no-liar", seed -> new TpeSampler(TpeOptions.defaults().withSeed(seed)
                        .withDirection(Direction.MAXIMIZE).withConstantLiar(false)), MIXED),
                new Case("nas-random", seed -> new NasRandomSearch(NAS, seed), NAS.toSearchSpace()),
                new Case("regularized-evolution", seed -> new RegularizedEvolution(NAS, 8, 3,
                        Fitness.objective(Direction.MINIMIZE), seed), NAS.toSearchSpace()),
                new Case("tpe-over-nas", seed -> TpeSampler.withSeed(seed), NAS.toSearchSpace()));
    }

    /** 20 finished trials drawn at random, with a value depending on their parameters, and one running. */
    static List<Trial> history(SearchSpace space) {
        List<Trial> trials = new ArrayList<>();
        RandomSampler random = new RandomSampler(99);
        for (int n = 0; n < 20; n++) {
            Map<String, Object> p = random.suggest(space, trials, n);
            trials.add(Trial.complete(n, p, p.hashCode() % 1000 / 1000.0 + n * 0.01));
        }
        trials.add(Trial.running(20, random.suggest(space, trials, 20)));
        return trials;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samplers")
    void shouldSuggestTheSameForTheSameSeedAndHistoryInAnyOrder(Case c) {
        List<Trial> history = history(c.space());
        List<Trial> shuffled = new ArrayList<>(history);
        Collections.shuffle(shuffled, new Random(5));

        Map<String, Object> first = c.sampler().apply(7).suggest(c.space(), history, 21);
        assertThat(c.sampler().apply(7).suggest(c.space(), history, 21)).isEqualTo(first);
        assertThat(c.sampler().apply(7).suggest(c.space(), shuffled, 21)).isEqualTo(first);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samplers")
    void shouldSuggestDifferentlyForADifferentSeed(Case c) {
        List<Trial> history = history(c.space());
        Set<Map<String, Object>> suggestions = new HashSet<>();
        for (long seed = 0; seed < 5; seed++) {
            suggestions.add(c.sampler().apply(seed).suggest(c.space(), history, 21));
        }
        assertThat(suggestions).hasSizeGreaterThan(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samplers")
    void shouldSuggestLegalValuesForExactlyTheActiveParameters(Case c) {
        Sampler sampler = c.sampler().apply(3);
        sampler.validate(c.space());
        List<Trial> trials = new ArrayList<>();
        Set<Set<String>> activeSets = new HashSet<>();
        for (int n = 0; n < 40; n++) {
            Map<String, Object> p = sampler.suggest(c.space(), trials, n);
            c.space().check(p);
            for (ParamSpec spec : c.space().params()) {
                Object v = p.get(spec.name());
                if (v != null) {
                    assertTypeOf(spec, v);
                }
            }
            activeSets.add(p.keySet());
            trials.add(Trial.complete(n, p, p.toString().length() + n % 7));
        }
        assertThat(activeSets).as("both branches of the conditions are visited").hasSizeGreaterThan(1);
    }

    private static void assertTypeOf(ParamSpec spec, Object v) {
        if (spec instanceof IntParam i) {
            assertThat(v).isInstanceOf(i.high() > Integer.MAX_VALUE ? Long.class : Integer.class);
        } else if (spec instanceof FloatParam) {
            assertThat(v).isInstanceOf(Double.class);
        } else {
            assertThat(((CategoricalParam) spec).choices()).contains(v);
        }
    }
}
