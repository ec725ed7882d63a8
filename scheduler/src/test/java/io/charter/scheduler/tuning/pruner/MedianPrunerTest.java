package io.charter.scheduler.tuning.pruner;

import io.charter.scheduler.tuning.Direction;
import io.charter.scheduler.tuning.Trial;
import io.charter.scheduler.tuning.TrialState;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.charter.scheduler.tuning.pruner.PrunerFixtures.running;
import static io.charter.scheduler.tuning.pruner.PrunerFixtures.trial;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MedianPrunerTest {

    /** Five completed trials reporting 1…5 at every step: the median is 3. */
    private static List<Trial> completed() {
        List<Trial> all = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            all.add(trial(i, TrialState.COMPLETE, i + 1, i + 1, i + 1, i + 1));
        }
        return all;
    }

    @Test
    void shouldPruneWhenTheBestValueSoFarIsWorseThanTheMedianAtThatStep() {
        MedianPruner median = new MedianPruner(Direction.MINIMIZE);
        List<Trial> all = completed();
        assertThat(median.prune(running(9, 3.5), all, 1).prune()).isTrue();
        assertThat(median.prune(running(9, 3.0), all, 1).prune()).as("equal to the median").isFalse();
        assertThat(median.prune(running(9, 2.0, 9.0), all, 2).prune()).as("its best so far is 2").isFalse();
        assertThat(new MedianPruner(Direction.MAXIMIZE).prune(running(9, 2.5), all, 1).prune()).isTrue();
    }

    @Test
    void shouldWaitForTheStartupTrialsAndTheWarmUp() {
        List<Trial> four = completed().subList(0, 4);
        assertThat(new MedianPruner(Direction.MINIMIZE).prune(running(9, 99), four, 1).prune()).isFalse();
        assertThat(new MedianPruner(Direction.MINIMIZE, 5, 2, 1, 1).prune(running(9, 99), completed(), 1).prune()).isFalse();
        assertThat(new MedianPruner(Direction.MINIMIZE, 5, 2, 1, 1).prune(running(9, 99, 99), completed(), 2).prune()).isTrue();
    }

    @Test
    void shouldCheckOnlyAtIntervalSteps() {
        MedianPruner everyTwo = new MedianPruner(Direction.MINIMIZE, 5, 0, 2, 1);
        assertThat(everyTwo.prune(running(9, 99, 99), completed(), 2).prune()).isTrue();
        assertThat(everyTwo.prune(running(9, 99, 99, 99), completed(), 3).prune()).as("step 3 is between checks").isFalse();
    }

    @Test
    void shouldNotPruneWithoutEnoughReportsAtTheStep() {
        List<Trial> all = completed();
        assertThat(new MedianPruner(Direction.MINIMIZE).prune(running(9, 9, 9, 9, 9, 9), all, 5).prune()).isFalse();
        assertThat(new MedianPruner(Direction.MINIMIZE, 5, 0, 1, 6).prune(running(9, 99), all, 1).prune()).isFalse();
    }

    @Test
    void shouldSayWhatItNeeds() {
        assertThatThrownBy(() -> new MedianPruner(Direction.MINIMIZE, 5, 0, 0, 1))
                .hasMessage("intervalSteps must be >= 1, but got 0");
    }
}
