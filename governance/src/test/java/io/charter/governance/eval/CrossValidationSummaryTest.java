package io.charter.governance.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Mean ± sample standard deviation of each metric over folds. */
class CrossValidationSummaryTest {

    @Test
    void shouldSummariseEachMetricByHand() {
        // accuracy .8, .9, 1.0: mean .9, sample variance (.01 + 0 + .01)/2 = .01 → std .1
        CrossValidationSummary s = CrossValidationSummary.of(List.of(
                Map.of("accuracy", 0.8, "f1", 0.5), Map.of("accuracy", 0.9, "f1", 0.5),
                Map.of("accuracy", 1.0, "f1", 0.5)));

        assertThat(s.folds()).isEqualTo(3);
        assertThat(s.metrics()).containsOnlyKeys("accuracy", "f1");
        assertThat(s.metrics().get("accuracy").mean()).isCloseTo(0.9, within(1e-15));
        assertThat(s.metrics().get("accuracy").std()).isCloseTo(0.1, within(1e-15));
        assertThat(s.metrics().get("f1").std()).isEqualTo(0.0);
    }

    @Test
    void shouldMatchNumpysMeanAndSampleStd() {
        List<Map<String, Double>> folds = Arrays.stream(new double[] {0.81, 0.79, 0.85, 0.80, 0.83})
                .mapToObj(v -> Map.of("roc_auc", v)).toList();

        MetricSummary auc = CrossValidationSummary.of(folds).metrics().get("roc_auc");

        // numpy: np.mean(v) = 0.8160000000000001, np.std(v, ddof=1) = 0.024083189157584558
        assertThat(auc.mean()).isCloseTo(0.8160000000000001, within(1e-15));
        assertThat(auc.std()).isCloseTo(0.024083189157584558, within(1e-15));
        assertThat(auc.values()).containsExactly(0.81, 0.79, 0.85, 0.80, 0.83);
    }

    @Test
    void shouldSummariseOverTheFoldsWhereAMetricIsDefined() {
        Map<String, Double> undefined = new HashMap<>();
        undefined.put("roc_auc", null);

        CrossValidationSummary s = CrossValidationSummary.of(List.of(Map.of("roc_auc", 0.7), undefined,
                Map.of("roc_auc", 0.9)));
        CrossValidationSummary single = CrossValidationSummary.of(List.of(Map.of("roc_auc", 0.7), undefined));

        assertThat(s.metrics().get("roc_auc").folds()).isEqualTo(2);
        assertThat(s.metrics().get("roc_auc").mean()).isCloseTo(0.8, within(1e-15));
        assertThat(s.metrics().get("roc_auc").values()).containsExactly(0.7, null, 0.9);
        assertThat(single.metrics().get("roc_auc").std()).isNull();
        assertThat(CrossValidationSummary.of(List.of(undefined)).metrics()).isEmpty();
    }

    @Test
    void shouldRefuseNoFolds() {
        assertThatThrownBy(() -> CrossValidationSummary.of(List.of()))
                .hasMessage("foldMetrics must not be empty, but got none");
    }
}
