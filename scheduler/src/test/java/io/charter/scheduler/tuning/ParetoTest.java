package io.charter.scheduler.tuning;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ParetoTest {

    private static Trial t(long n, double accuracy, double latency) {
        return Trial.complete(n, Map.of(), accuracy).completed(accuracy, latency);
    }

    private static final List<Direction> ACC_LAT = List.of(Direction.MAXIMIZE, Direction.MINIMIZE);

    @Test
    void shouldKeepTheNonDominatedTrials() {
        // (accuracy, latency): 1 dominates 0; 3 dominates 4; 1, 2, 3 trade off
        List<Trial> trials = List.of(t(0, 0.80, 50), t(1, 0.85, 40), t(2, 0.90, 80), t(3, 0.70, 10), t(4, 0.70, 12));
        assertThat(Pareto.front(trials, ACC_LAT)).extracting(Trial::number).containsExactly(1L, 2L, 3L);
    }

    @Test
    void shouldKeepEqualTrialsAndIgnoreUnfinishedOrInfeasibleOnes() {
        List<Trial> trials = List.of(t(0, 0.9, 10), t(1, 0.9, 10), t(2, 0.99, 1).withFeasible(false),
                Trial.running(3, Map.of()), t(4, 0.95, 5).failed());
        assertThat(Pareto.front(trials, ACC_LAT)).extracting(Trial::number).containsExactly(0L, 1L);
    }

    @Test
    void shouldReduceToTheBestTrialsForOneObjective() {
        List<Trial> trials = List.of(Trial.complete(0, Map.of(), 3), Trial.complete(1, Map.of(), 1), Trial.complete(2, Map.of(), 1));
        assertThat(Pareto.front(trials, List.of(Direction.MINIMIZE))).extracting(Trial::number).containsExactly(1L, 2L);
    }

    @Test
    void shouldRefuseTrialsWithTheWrongNumberOfValues() {
        assertThatThrownBy(() -> Pareto.front(List.of(Trial.complete(0, Map.of(), 1)), ACC_LAT))
                .hasMessage("trials must have one value per direction (2), but trial 0 has 1");
    }
}
