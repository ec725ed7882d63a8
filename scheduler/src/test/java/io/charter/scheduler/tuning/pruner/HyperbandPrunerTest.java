package io.charter.scheduler.tuning.pruner;

import io.charter.scheduler.tuning.Direction;
import io.charter.scheduler.tuning.Trial;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static io.charter.scheduler.tuning.pruner.PrunerFixtures.running;
import static org.assertj.core.api.Assertions.assertThat;

class HyperbandPrunerTest {

    private final HyperbandPruner hb = new HyperbandPruner(Direction.MINIMIZE, 1, 81, 3, "s");

    @Test
    void shouldGiveBracketsOptunasBudgets() {
        assertThat(hb.brackets()).isEqualTo(5);
        assertThat(IntStream.range(0, 5).mapToLong(hb::budget).boxed().toList()).containsExactly(81L, 34L, 15L, 8L, 5L);
    }

    @Test
    void shouldAssignTrialsToTheSameBracketsAsOptuna() {
        // printed by Optuna 5.0's HyperbandPruner._get_bracket_id for study "s", min 1, max 81, η 3
        assertThat(IntStream.range(0, 24).map(hb::bracketOf).boxed().toList()).containsExactly(
                0, 0, 0, 1, 0, 1, 0, 0, 0, 2, 0, 0, 1, 2, 0, 1, 1, 1, 2, 0, 1, 1, 2, 2);
    }

    @Test
    void shouldSpreadTrialsInProportionToTheBudgets() {
        int[] counts = new int[5];
        for (long n = 0; n < 14_300; n++) {
            counts[hb.bracketOf(n)]++;
        }
        for (int b = 0; b < 5; b++) {
            assertThat(counts[b] / 14_300.0).isCloseTo(hb.budget(b) / 143.0, org.assertj.core.data.Offset.offset(0.02));
        }
    }

    @Test
    void shouldCompareATrialOnlyWithTrialsOfItsBracket() {
        // trials 0, 1, 2, 4 are in bracket 0 (rung 0 at step 1); 3 and 5 in bracket 1 (rung 0 at step 3)
        List<Trial> all = new ArrayList<>(List.of(running(3, 0.1, 0.1, 0.1), running(5, 0.2, 0.2, 0.2)));
        Trial t = running(0, 9.0);
        all.add(t);
        assertThat(hb.prune(t, all, 1).prune()).as("alone in bracket 0; bracket 1's better trials do not count").isFalse();
        assertThat(hb.prune(t, all, 1).reason()).startsWith("bracket 0");
        Trial inBracket1 = running(12, 0.5, 0.5, 0.5);
        all.add(inBracket1);
        assertThat(hb.bracketOf(12)).isEqualTo(1);
        assertThat(hb.prune(inBracket1, all, 1).prune()).as("bracket 1 has no rung at step 1").isFalse();
        assertThat(hb.prune(inBracket1, all, 3).prune()).as("worst of three in bracket 1 at step 3").isTrue();
    }
}
