package io.charter.governance.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Worst slices by category and by quantile bin, and sampled false positives and negatives. */
class ErrorSlicesTest {

    private static final SliceOptions EVERY_SLICE = new SliceOptions(5, 1, 100);

    @Test
    void shouldRankCategoriesByErrorRateByHand() {
        // red: rows 0, 1 (1 error) → .5; blue: rows 2, 3, 4 (3 errors) → 1; missing: row 5 (0 errors) → 0
        Labels labels = Labels.of(new int[] {1, 0, 1, 1, 0, 0}, new int[] {1, 1, 0, 0, 1, 0});
        FeatureColumn color = new FeatureColumn.Categorical("color", new String[] {"red", " red", "blue", "blue",
            "blue", "NA"});

        SliceReport r = ErrorSlices.classification(List.of(color), labels, EVERY_SLICE);

        assertThat(r.measure()).isEqualTo(SliceReport.Measure.ERROR_RATE);
        assertThat(r.overallError()).isEqualTo(4 / 6.0);
        assertThat(r.slices()).containsExactly(new Slice("color", "blue", null, null, 3, 1.0),
                new Slice("color", "red", null, null, 2, 0.5),
                new Slice("color", ErrorSlices.MISSING, null, null, 1, 0));
    }

    @Test
    void shouldCutNumericColumnsAsPandasQcutWithDuplicateEdgesDropped() {
        // pandas.qcut(x, 5, duplicates="drop", retbins=True): edges [-1, 1.55, 3.75, 5.75, 8] (0.8 and 1.0
        // quantiles are both 8), codes 1 0 1 3 3 3 0 2 3; one more row is NaN → missing
        double[] x = {3.5, -1.0, 2.25, 8.0, 8.0, 8.0, 0.5, 4.75, 6.0, Double.NaN};
        double[] y = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        double[] p = {1, 2, 3, 4, 4, 4, 5, 6, 7, 8};

        SliceReport r = ErrorSlices.regression(List.of(new FeatureColumn.Numeric("x", x)), y, p, EVERY_SLICE);

        // MAE per bin: [-1, 1.55] rows 1, 6 → (2 + 5)/2; (1.55, 3.75] rows 0, 2 → (1 + 3)/2;
        // (3.75, 5.75] row 7 → 6; (5.75, 8] rows 3, 4, 5, 8 → (4 + 4 + 4 + 7)/4; missing row 9 → 8
        assertThat(r.slices()).extracting(Slice::value, Slice::count, Slice::error).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ErrorSlices.MISSING, 1L, 8.0),
                org.assertj.core.groups.Tuple.tuple("(3.75, 5.75]", 1L, 6.0),
                org.assertj.core.groups.Tuple.tuple("(5.75, 8]", 4L, 4.75),
                org.assertj.core.groups.Tuple.tuple("[-1, 1.55]", 2L, 3.5),
                org.assertj.core.groups.Tuple.tuple("(1.55, 3.75]", 2L, 2.0));
        assertThat(r.slices().get(2).lower()).isCloseTo(5.75, within(1e-14));
        assertThat(r.slices().get(2).upper()).isEqualTo(8.0);
        assertThat(r.measure()).isEqualTo(SliceReport.Measure.MEAN_ABSOLUTE_ERROR);
    }

    @Test
    void shouldPutEveryValueOfAConstantColumnInOneSlice() {
        assertThat(ErrorSlices.edges(new double[] {5, 5, 5, Double.NaN}, 5)).containsExactly(5.0);

        SliceReport r = ErrorSlices.regression(List.of(new FeatureColumn.Numeric("c", new double[] {5, 5, 5})),
                new double[] {1, 2, 3}, new double[] {1, 2, 0}, EVERY_SLICE);

        assertThat(r.slices()).containsExactly(new Slice("c", "[5, 5]", 5.0, 5.0, 3, 1.0));
    }

    @Test
    void shouldRankOnlySlicesWithMinimumSupportAndKeepTheWorst() {
        String[] city = new String[100];
        int[] y = new int[100];
        int[] p = new int[100];
        for (int i = 0; i < 100; i++) {
            city[i] = i < 3 ? "tiny" : i < 40 ? "north" : i < 70 ? "south" : "east";
            y[i] = 1;
            p[i] = i < 3 || (i >= 40 && i < 55) || i % 10 == 0 ? 0 : 1;
        }
        // error rates: tiny 3/3 (too small to rank), south 16/30 (rows 40–54 and 60), east 3/30, north 3/37

        SliceReport r = ErrorSlices.classification(List.of(new FeatureColumn.Categorical("city", city)),
                Labels.of(y, p), new SliceOptions(5, 30, 2));

        assertThat(r.slices()).extracting(Slice::value).containsExactly("south", "east");
        assertThat(r.minSupport()).isEqualTo(30);
    }

    @Test
    void shouldRefuseAFeatureOfTheWrongLength() {
        assertThatThrownBy(() -> ErrorSlices.regression(List.of(new FeatureColumn.Numeric("x", new double[] {1})),
                new double[] {1, 2}, new double[] {1, 2}, SliceOptions.DEFAULT))
                .hasMessage("feature \"x\" must have one value per row of yTrue (2), but got 1");
        assertThatThrownBy(() -> new SliceOptions(1, 30, 20)).hasMessage("bins must be at least 2, but got 1");
    }

    @Test
    void shouldSampleFalsePositivesAndNegativesBoundedSeededAndSorted() {
        int n = 1_000;
        int[] y = new int[n];
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = i % 2;
            p[i] = i % 3 == 0 ? 1 - y[i] : y[i]; // every third row wrong
        }
        Labels labels = Labels.of(y, p);

        ErrorExamples e = ErrorExamples.sample(labels, "1", 25, 7);

        // wrong rows are i ≡ 0 (mod 3); FP where y = 0 (i even): i ≡ 0 (mod 6), 167 rows; FN: i ≡ 3 (mod 6), 167
        assertThat(e.falsePositives()).isEqualTo(167);
        assertThat(e.falseNegatives()).isEqualTo(167);
        assertThat(e.falsePositiveRows()).hasSize(25).isSorted().allMatch(i -> i % 6 == 0);
        assertThat(e.falseNegativeRows()).hasSize(25).isSorted().allMatch(i -> i % 6 == 3);
        assertThat(ErrorExamples.sample(labels, "1", 25, 7)).isEqualTo(e);
        assertThat(ErrorExamples.sample(labels, "1", 25, 8).falsePositiveRows()).isNotEqualTo(e.falsePositiveRows());
        assertThat(ErrorExamples.sample(labels, "1", 500, 7).falsePositiveRows()).hasSize(167);
    }

    @Test
    void shouldRefuseAPositiveLabelThatIsNotAClass() {
        assertThatThrownBy(() -> ErrorExamples.sample(Labels.of(new int[] {0, 1}, new int[] {0, 1}), "yes", 5, 1))
                .hasMessage("positiveLabel must be one of [0, 1], but got \"yes\"");
    }
}
