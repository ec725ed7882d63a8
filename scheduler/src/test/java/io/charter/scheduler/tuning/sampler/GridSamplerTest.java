package io.charter.scheduler.tuning.sampler;

import io.charter.scheduler.tuning.StudySimulator;
import io.charter.scheduler.tuning.Trial;
import io.charter.scheduler.tuning.space.CategoricalParam;
import io.charter.scheduler.tuning.space.FloatParam;
import io.charter.scheduler.tuning.space.IntParam;
import io.charter.scheduler.tuning.space.SearchSpace;
import io.charter.scheduler.tuning.space.SearchSpaceException;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GridSamplerTest {

    private static final SearchSpace SVM = SearchSpace.of(CategoricalParam.of("kernel", "rbf", "linear"),
            FloatParam.logUniform("gamma", 0.01, 100).when("kernel", "rbf"), IntParam.stepped("c", 1, 5, 2));

    @Test
    void shouldEnumerateConditionalParametersOnlyWhereActive() {
        List<Map<String, Object>> grid = new GridSampler(0).grid(SVM);
        // rbf: 5 gammas × 3 c; linear: 3 c
        assertThat(grid).hasSize(18).doesNotHaveDuplicates();
        assertThat(grid).filteredOn(p -> p.get("kernel").equals("linear")).hasSize(3).allMatch(p -> !p.containsKey("gamma"));
        assertThat(grid).extracting(p -> p.get("gamma")).filteredOn(g -> g != null).map(g -> (double) g).containsOnly(
                0.01, 0.1, 1.0, 10.0, 100.0);
    }

    @Test
    void shouldVisitEveryPointOnceThenSayItIsExhausted() {
        GridSampler grid = new GridSampler(4);
        List<Trial> trials = StudySimulator.builder(SVM, grid).trials(50).concurrency(3).build().run(p -> 1.0);
        assertThat(trials).hasSize(18);
        assertThat(new HashSet<>(trials.stream().map(Trial::params).toList())).hasSize(18);
        assertThat(grid.exhausted(SVM, trials)).isTrue();
        assertThat(grid.next(SVM, trials)).isEmpty();
        assertThatThrownBy(() -> grid.suggest(SVM, trials, 18)).hasMessageContaining("the grid is exhausted: all 18 points");
    }

    @Test
    void shouldShuffleTheOrderBySeed() {
        assertThat(new GridSampler(1).grid(SVM)).isEqualTo(new GridSampler(1).grid(SVM))
                .isNotEqualTo(new GridSampler(2).grid(SVM));
    }

    @Test
    void shouldRefuseAGridTooLargeToEnumerate() {
        SearchSpace huge = SearchSpace.of(IntParam.range("a", 0, 5_000_000));
        assertThatThrownBy(() -> new GridSampler(0).validate(huge)).isInstanceOf(SearchSpaceException.class)
                .hasMessageContaining("a: a grid parameter must have at most 1000000 values");
    }
}
