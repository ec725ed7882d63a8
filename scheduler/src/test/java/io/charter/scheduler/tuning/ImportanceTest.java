package io.charter.scheduler.tuning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ImportanceTest {

    @Test
    void shouldRankTheParameterTheObjectiveDependsOnFirst() {
        SplittableRandom rng = new SplittableRandom(3);
        List<Trial> trials = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            double lr = rng.nextDouble();
            double noise = rng.nextDouble();
            String kernel = rng.nextBoolean() ? "rbf" : "linear";
            double value = 10 * lr + (kernel.equals("rbf") ? 1 : 0) + 0.01 * noise;
            trials.add(Trial.complete(i, Map.of("lr", lr, "noise", noise, "kernel", kernel), value));
        }
        Map<String, Double> importance = Importance.mainEffects(trials);
        assertThat(importance.keySet()).containsExactly("lr", "kernel", "noise");
        assertThat(importance.values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, within(1e-9));
        assertThat(importance.get("lr")).isGreaterThan(0.8);
    }

    @Test
    void shouldComputeTheBetweenGroupShareByHand() {
        // a: groups {1,1} vs {3,3} explain everything; b is constant and explains nothing
        List<Trial> trials = List.of(Trial.complete(0, Map.of("a", "x", "b", 1), 1.0),
                Trial.complete(1, Map.of("a", "x", "b", 1), 1.0), Trial.complete(2, Map.of("a", "y", "b", 1), 3.0),
                Trial.complete(3, Map.of("a", "y", "b", 1), 3.0));
        assertThat(Importance.mainEffects(trials)).containsOnlyKeys("a").containsEntry("a", 1.0);
        assertThat(Importance.mainEffects(trials.subList(0, 2))).isEmpty();
    }
}
