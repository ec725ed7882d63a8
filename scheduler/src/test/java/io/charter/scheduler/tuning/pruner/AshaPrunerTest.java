package io.charter.scheduler.tuning.pruner;

import io.charter.scheduler.tuning.CurveStudy;
import io.charter.scheduler.tuning.Direction;
import io.charter.scheduler.tuning.PruneDecision;
import io.charter.scheduler.tuning.StudySimulator;
import io.charter.scheduler.tuning.Trial;
import io.charter.scheduler.tuning.TrialState;
import io.charter.scheduler.tuning.bench.SyntheticCurves;
import io.charter.scheduler.tuning.sampler.RandomSampler;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.charter.scheduler.tuning.pruner.PrunerFixtures.running;
import static org.assertj.core.api.Assertions.assertThat;

class AshaPrunerTest {

    private final AshaPruner asha = new AshaPruner(Direction.MINIMIZE, 1, 9);

    /** Trial i reports values[i] at step 1 (rung 0); returns the trials with their verdicts applied. */
    private List<Trial> arrive(double... values) {
        List<Trial> all = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            Trial t = running(i, values[i]);
            all.add(t);
            if (asha.prune(t, all, 1).prune()) {
                all.set(i, t.pruned());
            }
        }
        return all;
    }

    @Test
    void shouldPauseEveryTrialUntilARungHasEtaTrials() {
        List<Trial> all = arrive(2, 5);
        assertThat(all).extracting(Trial::state).containsOnly(TrialState.PRUNED);
        assertThat(asha.promotable(all)).isEmpty();
    }

    @Test
    void shouldPromoteAPausedTrialOnceTheRungHasGrownAroundIt() {
        // 2 arrives alone: paused. 5, 6 arrive: ⌊3/3⌋ = 1 and 2 is the best → promotable
        List<Trial> all = arrive(2, 5, 6);
        assertThat(all.get(2).state()).isEqualTo(TrialState.PRUNED);
        assertThat(asha.promotable(all)).containsExactly(0L);
    }

    @Test
    void shouldPromoteAnArrivingTrialThatIsInTheTopThird() {
        List<Trial> all = arrive(5, 6, 1);
        assertThat(all.get(2).state()).as("1 is the best of three").isEqualTo(TrialState.RUNNING);
        assertThat(asha.promotable(all)).as("the rung's one slot is taken by trial 2").isEmpty();
        all = arrive(5, 6, 1, 7, 8, 3);
        assertThat(all.get(5).state()).as("3 is second of six, ⌊6/3⌋ = 2 go on").isEqualTo(TrialState.RUNNING);
    }

    @Test
    void shouldNotDecideBetweenRungsOrAtTheFullBudget() {
        Trial t = running(0, 1, 1, 1, 1);
        PruneDecision d = asha.prune(t, List.of(t), 2);
        assertThat(d.prune()).isFalse();
        assertThat(new AshaPruner(Direction.MINIMIZE, 1, 3).prune(running(0, 9, 9, 9), List.of(), 3).prune()).isFalse();
    }

    @Test
    void shouldResumePausedTrialsInASimulatedStudy() {
        CurveStudy study = StudySimulator.builder(SyntheticCurves.space(), new RandomSampler(3)).trials(150).concurrency(2)
                .pruner(new AshaPruner(Direction.MINIMIZE, 1, SyntheticCurves.MAX_EPOCH)).build()
                .runCurves(SyntheticCurves.curve(), SyntheticCurves.MAX_EPOCH, 100_000);
        assertThat(study.completions()).isNotEmpty();
        // the very first trial was alone at rung 0, so it was paused; reaching step 3 means it was promoted
        Trial first = study.trials().get(0);
        assertThat(first.lastStep()).isGreaterThanOrEqualTo(3);
        assertThat(study.resourceUsed()).isLessThan(150L * SyntheticCurves.MAX_EPOCH / 4);
    }
}
