package io.charter.scheduler.tuning.pruner;

import io.charter.scheduler.tuning.pruner.RungSchedule.Bracket;
import io.charter.scheduler.tuning.pruner.RungSchedule.Rung;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RungScheduleTest {

    /** (n_i, r_i) pairs of every bracket, s_max first. */
    private static List<List<List<Long>>> table(List<Bracket> brackets) {
        List<List<List<Long>>> out = new ArrayList<>();
        for (Bracket b : brackets) {
            out.add(b.rungs().stream().map((Rung r) -> List.of(r.trials(), r.resource())).toList());
        }
        return out;
    }

    @Test
    void shouldReproduceTheHyperbandPapersTableForR81AndEta3() {
        // Li et al. 2018, Table 1 (R = 81, η = 3)
        assertThat(table(RungSchedule.hyperband(1, 81, 3))).containsExactly(
                List.of(List.of(81L, 1L), List.of(27L, 3L), List.of(9L, 9L), List.of(3L, 27L), List.of(1L, 81L)),
                List.of(List.of(34L, 3L), List.of(11L, 9L), List.of(3L, 27L), List.of(1L, 81L)),
                List.of(List.of(15L, 9L), List.of(5L, 27L), List.of(1L, 81L)),
                List.of(List.of(8L, 27L), List.of(2L, 81L)),
                List.of(List.of(5L, 81L)));
        assertThat(RungSchedule.hyperband(1, 81, 3)).extracting(Bracket::s).containsExactly(4, 3, 2, 1, 0);
    }

    @Test
    void shouldComputeBracketsForR27ByTheSameFormula() {
        // s_max = 3: n = ⌈4/(s+1) · 3^s⌉ = 27, 12, 6, 4
        assertThat(table(RungSchedule.hyperband(1, 27, 3))).containsExactly(
                List.of(List.of(27L, 1L), List.of(9L, 3L), List.of(3L, 9L), List.of(1L, 27L)),
                List.of(List.of(12L, 3L), List.of(4L, 9L), List.of(1L, 27L)),
                List.of(List.of(6L, 9L), List.of(2L, 27L)),
                List.of(List.of(4L, 27L)));
    }

    @Test
    void shouldScaleByTheMinimumResourceAndEndEveryBracketAtTheMaximum() {
        assertThat(table(RungSchedule.hyperband(2, 18, 3))).containsExactly(
                List.of(List.of(9L, 2L), List.of(3L, 6L), List.of(1L, 18L)),
                List.of(List.of(5L, 6L), List.of(1L, 18L)),
                List.of(List.of(3L, 18L)));
        assertThat(RungSchedule.hyperband(1, 100, 3).get(0).rungs()).extracting(Rung::resource)
                .containsExactly(1L, 3L, 9L, 27L, 100L);
    }

    @Test
    void shouldPlaceAshaRungsAtMinTimesEtaToTheRatePlusK() {
        assertThat(RungSchedule.ashaRungs(1, 81, 3, 0)).containsExactly(1L, 3L, 9L, 27L, 81L);
        assertThat(RungSchedule.ashaRungs(1, 81, 3, 2)).containsExactly(9L, 27L, 81L);
        assertThat(RungSchedule.ashaRungs(4, 100, 4, 0)).containsExactly(4L, 16L, 64L);
        assertThat(RungSchedule.ashaRungs(1, Long.MAX_VALUE, 2, 0)).hasSize(63);
    }

    @Test
    void shouldCountBracketsWithoutFloatingPointSurprises() {
        assertThat(RungSchedule.sMax(1, 81, 3)).isEqualTo(4);
        assertThat(RungSchedule.sMax(1, 80, 3)).isEqualTo(3);
        assertThat(RungSchedule.sMax(1, 1000, 10)).isEqualTo(3);
        assertThat(RungSchedule.sMax(5, 5, 3)).isZero();
    }

    @Test
    void shouldSayWhatAScheduleNeeds() {
        assertThatThrownBy(() -> RungSchedule.hyperband(0, 81, 3)).hasMessage("minResource must be >= 1, but got 0");
        assertThatThrownBy(() -> RungSchedule.hyperband(9, 3, 3)).hasMessage("maxResource must be >= minResource (9), but got 3");
        assertThatThrownBy(() -> RungSchedule.hyperband(1, 81, 1)).hasMessage("reductionFactor must be >= 2, but got 1");
    }
}
