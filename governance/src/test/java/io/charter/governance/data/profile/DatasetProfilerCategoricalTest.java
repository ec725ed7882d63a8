package io.charter.governance.data.profile;

import static io.charter.governance.data.profile.ProfileFixtures.column;
import static io.charter.governance.data.profile.ProfileFixtures.columns;
import static io.charter.governance.data.profile.ProfileFixtures.matrixValue;
import static io.charter.governance.data.profile.ProfileFixtures.profile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Categorical, boolean, text and ID columns; Cramér's V; duplicate rows. */
class DatasetProfilerCategoricalTest {

    private static final List<String> COLORS = List.of("red", "green", "blue", "cyan", "magenta");

    @Test
    void shouldCountCategoriesExactlyMostFrequentFirstWithShareOfPresentValues() throws Exception {
        String csv = "color\nred\nblue\nred\n\ngreen\nred\nNA\nblue\n";

        ColumnProfileResult c = column(profile(csv, ProfileRequest.of(columns("color:CATEGORICAL"))), "color");

        assertThat(c.count()).isEqualTo(6);
        assertThat(c.missing()).isEqualTo(2);
        assertThat(c.distinctEstimate()).isEqualTo(3);
        assertThat(c.topCategories()).containsExactly(new CategoryCount("red", 3, 0.5),
                new CategoryCount("blue", 2, 2 / 6.0), new CategoryCount("green", 1, 1 / 6.0));
        assertThat(c.mean()).isNull();
        assertThat(c.histogram()).isNull();
    }

    @Test
    void shouldCutVeryLongValuesBeforeCountingThem() throws Exception {
        String longText = "x".repeat(300);

        ColumnProfileResult c = column(profile("t\n" + longText + "\n" + longText + "y\n",
                ProfileRequest.of(columns("t:TEXT"))), "t");

        assertThat(c.topCategories()).singleElement().satisfies(top -> {
            assertThat(top.value()).hasSize(SketchSettings.MAX_CATEGORY_CHARS).endsWith("…");
            assertThat(top.count()).isEqualTo(2);
        });
        assertThat(c.distinctEstimate()).isEqualTo(2);
    }

    @Test
    void shouldReadBooleanSpellingsAsTrueAndFalse() throws Exception {
        String csv = "ok\nyes\nTRUE\nno\nFalse\ntrue\n";

        ColumnProfileResult c = column(profile(csv, ProfileRequest.of(columns("ok:BOOLEAN"))), "ok");

        assertThat(c.topCategories()).containsExactly(new CategoryCount("true", 3, 0.6),
                new CategoryCount("false", 2, 0.4));
        assertThat(c.distinctEstimate()).isEqualTo(2);
    }

    @Test
    void shouldEstimateDistinctValuesWithinTheHyperLogLogError() throws Exception {
        int distinct = 30_000;
        StringBuilder csv = new StringBuilder("user_id,comment,day\n");
        for (int i = 0; i < distinct * 2; i++) {
            csv.append("u").append(i % distinct).append(",text ").append(i).append(",2024-01-0").append(1 + i % 9)
                    .append('\n');
        }

        DatasetProfile p = profile(csv.toString(), ProfileRequest.of(columns("user_id:ID", "comment:TEXT",
                "day:DATETIME")));

        double tolerance = 3 * SketchSettings.COLUMN_HLL_RSE;
        assertThat((double) column(p, "user_id").distinctEstimate()).isCloseTo(distinct, within(tolerance * distinct));
        assertThat((double) column(p, "comment").distinctEstimate())
                .isCloseTo(2.0 * distinct, within(tolerance * 2 * distinct));
        assertThat(column(p, "day").distinctEstimate()).isEqualTo(9);
        assertThat(column(p, "user_id").topCategories()).isNull();
        assertThat(column(p, "day").topCategories()).isNull();
        assertThat(column(p, "day").min()).isNull();
        assertThat(column(p, "comment").topCategories()).hasSize(20);
    }

    @Test
    void shouldFindCramersVNearOneForDependentAndNearZeroForIndependentColumnsOnASample() throws Exception {
        Random random = new Random(7);
        StringBuilder csv = new StringBuilder("color,shade,coin\n");
        int rows = 20_000;
        for (int i = 0; i < rows; i++) {
            int color = random.nextInt(COLORS.size());
            csv.append(COLORS.get(color)).append(",shade-").append(color).append(',')
                    .append(random.nextBoolean()).append('\n');
        }
        ProfileRequest request = new ProfileRequest(columns("color:CATEGORICAL", "shade:CATEGORICAL", "coin:BOOLEAN"),
                ',', null, List.of(), 0.1, 5_000);

        CorrelationMatrix v = profile(csv.toString(), request).cramersV();

        assertThat(v.rowsUsed()).isEqualTo(5_000);
        assertThat(v.method()).contains("sample of 5000 of 20000 rows");
        assertThat(matrixValue(v, "color", "shade")).isCloseTo(1.0, within(1e-9));
        assertThat(matrixValue(v, "color", "coin")).isCloseTo(0.0, within(0.05));
        assertThat(matrixValue(v, "coin", "color")).isEqualTo(matrixValue(v, "color", "coin"));
        assertThat(matrixValue(v, "coin", "coin")).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void shouldPoolCategoriesBeyondTheThirtyMostFrequentAsOther() throws Exception {
        StringBuilder csv = new StringBuilder("code,group\n");
        for (int i = 0; i < 4_000; i++) {
            int code = i % 40;
            csv.append("k").append(code).append(",g").append(code).append('\n');
        }

        CorrelationMatrix v = profile(csv.toString(), ProfileRequest.of(columns("code:CATEGORICAL",
                "group:CATEGORICAL"))).cramersV();

        assertThat(matrixValue(v, "code", "group")).isCloseTo(1.0, within(1e-9));
        assertThat(v.method()).contains("top 30 categories");
    }

    @Test
    void shouldLeaveCramersVUndefinedForASingleCategory() throws Exception {
        String csv = "a,b\nx,p\nx,q\nx,p\n";

        CorrelationMatrix v = profile(csv, ProfileRequest.of(columns("a:CATEGORICAL", "b:CATEGORICAL"))).cramersV();

        assertThat(matrixValue(v, "a", "b")).isNull();
        assertThat(matrixValue(v, "a", "a")).isNull();
    }

    @Test
    void shouldEstimateDuplicateRowsFromRowHashes() throws Exception {
        StringBuilder csv = new StringBuilder("a,b\n");
        for (int i = 0; i < 2_000; i++) {
            csv.append(i).append(",x\n");
        }
        for (int i = 0; i < 150; i++) {
            csv.append(i * 7).append(",x\n");
        }
        csv.append("1,x \n");

        DatasetProfile p = profile(csv.toString(), ProfileRequest.of(columns("a:INTEGER", "b:CATEGORICAL")));

        assertThat((double) p.duplicateRowsEstimate()).isCloseTo(150, within(3 * SketchSettings.ROW_HLL_RSE * 2_001));
        assertThat(p.duplicateRowsMethod()).contains("HyperLogLog").contains("relative standard error");
    }
}
