package io.charter.scheduler.tuning;

import io.charter.scheduler.tuning.pruner.MedianPruner;
import io.charter.scheduler.tuning.sampler.RandomSampler;
import io.charter.scheduler.tuning.sampler.TpeSampler;
import io.charter.scheduler.tuning.space.FloatParam;
import io.charter.scheduler.tuning.space.SearchSpace;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StudySimulatorTest {

    private static final SearchSpace X = SearchSpace.of(FloatParam.uniform("x", 0, 1));

    @Test
    void shouldRunTheSameStudyTwiceIdentically() {
        StudySimulator sim = StudySimulator.builder(X, TpeSampler.withSeed(1)).trials(30).concurrency(3).seed(2).build();
        assertThat(sim.run(p -> (double) p.get("x"))).isEqualTo(sim.run(p -> (double) p.get("x")));
    }

    @Test
    void shouldFailTrialsWhoseObjectiveThrowsOrIsNaNAndMarkInfeasibleOnes() {
        List<Trial> trials = StudySimulator.builder(X, new RandomSampler(1)).trials(30)
                .feasible(p -> (double) p.get("x") < 0.8).build().run(p -> {
                    double x = (double) p.get("x");
                    if (x < 0.1) {
                        throw new IllegalStateException("diverged");
                    }
                    return x < 0.2 ? Double.NaN : x;
                });
        assertThat(trials).hasSize(30).extracting(Trial::number).isSorted();
        for (Trial t : trials) {
            double x = (double) t.params().get("x");
            assertThat(t.state()).isEqualTo(x < 0.2 ? TrialState.FAIL : TrialState.COMPLETE);
            assertThat(t.feasible()).isEqualTo(x >= 0.8 && t.state() == TrialState.COMPLETE ? false : true);
        }
    }

    @Test
    void shouldStopPrunedCurvesEarlyAndCountTheResource() {
        LearningCurve curve = (p, step) -> (double) p.get("x") + 1.0 / step;
        CurveStudy study = StudySimulator.builder(X, new RandomSampler(4)).trials(40).concurrency(2)
                .pruner(new MedianPruner(Direction.MINIMIZE)).build().runCurves(curve, 20, 10_000);
        long steps = study.trials().stream().mapToLong(t -> t.intermediate().size()).sum();
        assertThat(study.resourceUsed()).isEqualTo(steps).isLessThan(40 * 20);
        assertThat(study.trials()).anyMatch(t -> t.state() == TrialState.PRUNED);
        assertThat(study.trials()).filteredOn(t -> t.state() == TrialState.COMPLETE).allMatch(t -> t.lastStep() == 20);
        double best = study.completions().stream().mapToDouble(CurveStudy.Completion::value).min().orElseThrow();
        assertThat(study.resourceToReach(best, Direction.MINIMIZE)).isPositive();
        assertThat(study.resourceToReach(-1, Direction.MINIMIZE)).isEqualTo(-1);
    }

    @Test
    void shouldStopAtTheResourceBudget() {
        CurveStudy study = StudySimulator.builder(X, new RandomSampler(4)).trials(100).concurrency(3).build()
                .runCurves((p, step) -> 1.0, 10, 25);
        assertThat(study.resourceUsed()).isBetween(25L, 27L);
    }
}
