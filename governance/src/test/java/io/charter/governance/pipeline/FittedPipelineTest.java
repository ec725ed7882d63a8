package io.charter.governance.pipeline;

import static io.charter.governance.pipeline.PipelineFixtures.bits;
import static io.charter.governance.pipeline.PipelineFixtures.csv;
import static io.charter.governance.pipeline.PipelineFixtures.fit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Transforming rows with a fitted pipeline, and the artifact's JSON round trip. */
class FittedPipelineTest {

    private static final String SMALL = """
            age,income,city,flag
            20,1000,Paris,yes
            ,3000,Lyon,no
            40,0,Paris,yes
            30,7,Nice,no
            """;
    private static final String SMALL_SPEC = """
            {"version": 1, "steps": [
              {"kind": "IMPUTE", "columns": ["age"], "strategy": "MEDIAN", "addIndicator": true},
              {"kind": "SCALE", "columns": ["age"], "method": "STANDARD"},
              {"kind": "LOG", "columns": ["income"]},
              {"kind": "ONE_HOT", "columns": ["city"], "maxCategories": 2},
              {"kind": "INTERACTION", "pairs": [["age", "flag"]]},
              {"kind": "DROP", "columns": ["flag"]}]}""";

    /** Every kind of step, on the sample table with target y. */
    private static final String FULL_SPEC = """
            {"steps": [
              {"kind": "IMPUTE", "columns": ["age"], "strategy": "MEAN", "addIndicator": true},
              {"kind": "CAP", "columns": ["score"], "method": "IQR"},
              {"kind": "BOX_COX", "columns": ["income"]},
              {"kind": "INTERACTION", "pairs": [["age", "score"]]},
              {"kind": "SCALE", "columns": ["age", "age*score"], "method": "ROBUST"},
              {"kind": "BIN", "columns": ["score"], "bins": 3},
              {"kind": "ONE_HOT", "columns": ["score"]},
              {"kind": "TARGET_ENCODE", "columns": ["city"], "target": "y", "smoothing": 3},
              {"kind": "IMPUTE", "columns": ["city"], "strategy": "CONSTANT", "constant": "-1"},
              {"kind": "ORDINAL", "columns": ["flag"], "order": ["no", "yes"]},
              {"kind": "LOG", "columns": ["age_missing"]},
              {"kind": "DROP", "columns": ["score=0"]}]}""";

    @Test
    void shouldTransformARowIntoTheHandComputedVector() throws Exception {
        FittedPipeline fitted = fit(SMALL_SPEC, SMALL);
        double std = Math.sqrt(50); // imputed ages 20, 30, 40, 30 around their mean 30

        double[] nice = fitted.transform(Map.of("age", "", "income", "99", "city", "Nice", "flag", "yes"));
        double[] rome = fitted.transform(new String[] {"50", "NA", "Rome", "no"});

        assertThat(fitted.outputColumns()).containsExactly("age", "age_missing", "income", "city=Paris", "city=Lyon",
                "city=__other__", "age*flag");
        assertThat(nice).containsExactly(new double[] {0, 1, Math.log(100), 0, 0, 1, 0}, within(1e-12));
        assertThat(rome[0]).isCloseTo(20 / std, within(1e-12));
        assertThat(rome).containsExactly(new double[] {20 / std, 0, Double.NaN, 0, 0, 0, 0}, within(1e-12));
    }

    @Test
    void shouldKeepMissingValuesMissing() throws Exception {
        FittedPipeline fitted = fit(SMALL_SPEC, SMALL);

        double[] vector = fitted.transform(Map.of("age", "40"));

        assertThat(vector[1]).isZero();
        assertThat(vector).containsExactly(new double[] {10 / Math.sqrt(50), 0, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, Double.NaN}, within(1e-12));
    }

    @Test
    void shouldReadBooleansAsZeroOrOne() throws Exception {
        FittedPipeline fitted = fit("{\"steps\": []}", "flag,n\nyes,1\nNo,2\nTRUE,\n");

        assertThat(fitted.transform(new String[] {"no", "3.5"})).containsExactly(0, 3.5);
        assertThat(fitted.transform(new String[] {"True", ""})).containsExactly(1, Double.NaN);
    }

    @Test
    void shouldEncodeUnknownCategoriesAsTheSpecSays() throws Exception {
        String table = "city,size,job,y\nParis,S,clerk,1\nLyon,M,chef,0\nParis,L,clerk,0\n";
        FittedPipeline fitted = fit("""
                {"steps": [{"kind": "ONE_HOT", "columns": ["city"], "handleUnknown": "ERROR"},
                           {"kind": "ORDINAL", "columns": ["size"], "order": ["S", "M", "L"]},
                           {"kind": "TARGET_ENCODE", "columns": ["job"], "target": "y", "smoothing": 0}]}""",
                table, row -> true, "y");

        UnknownCategoryException e = catchThrowableOfType(UnknownCategoryException.class,
                () -> fitted.transform(new String[] {"Rome", "M", "chef"}));

        assertThat(e.column()).isEqualTo("city");
        assertThat(e.value()).isEqualTo("Rome");
        assertThat(e).hasMessage("column \"city\" must have one of the 2 categories seen in training (ONE_HOT with "
                + "handleUnknown ERROR), but is \"Rome\"");
        assertThat(fitted.transform(new String[] {"Lyon", "XL", "pilot"}))
                .containsExactly(new double[] {0, 1, -1, 1.0 / 3}, within(1e-12));
        assertThat(fitted.transform(new String[] {"Paris", "L", "clerk"})).containsExactly(1, 0, 2, 0.5);
    }

    @Test
    void shouldTransformIdenticallyAfterAJsonRoundTrip() throws Exception {
        SampleData data = new SampleData(300, 11);
        FittedPipeline fitted = fit(FULL_SPEC, data.csv(SampleData.HEADER.toArray(String[]::new)),
                SampleData.TRAIN, "y");

        String json = fitted.toJson();
        FittedPipeline read = FittedPipeline.fromJson(json);

        assertThat(read).isEqualTo(fitted);
        assertThat(read.toJson()).isEqualTo(json);
        assertThat(json).contains("\"kind\" : \"BOX_COX\"", "\"lambda\"", "\"formatVersion\" : 1")
                .doesNotContain("NaN");
        List<Map<String, String>> rows = new ArrayList<>();
        for (String[] fields : data.rows) {
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < fields.length; i++) {
                row.put(SampleData.HEADER.get(i), fields[i]);
            }
            rows.add(row);
        }
        rows.add(Map.of("city", "Atlantis", "income", "-5", "score", "1e6"));
        rows.add(Map.of());
        for (Map<String, String> row : rows) {
            assertThat(bits(read.transform(row))).isEqualTo(bits(fitted.transform(row)));
        }
        assertThat(fitted.outputColumns()).hasSize(fitted.transform(Map.of()).length)
                .contains("age", "age_missing", "income", "score=1", "score=2", "city", "flag", "age*score")
                .doesNotContain("score=0", "y");
    }

    @Test
    void shouldTransformTheChosenRowsOfATable() throws Exception {
        SampleData data = new SampleData(40, 3);
        String table = data.csv(SampleData.HEADER.toArray(String[]::new));
        FittedPipeline fitted = fit(FULL_SPEC, table, SampleData.TRAIN, "y");
        List<Long> seen = new ArrayList<>();

        fitted.transformAll(csv(table), row -> !SampleData.TRAIN.test(row), (row, vector) -> {
            seen.add(row);
            String[] fields = data.rows.get((int) row);
            assertThat(bits(vector)).isEqualTo(bits(fitted.transform(java.util.Arrays.copyOf(fields, 5))));
        });

        assertThat(seen).containsExactly(3L, 7L, 11L, 15L, 19L, 23L, 27L, 31L, 35L, 39L);
    }

    @Test
    void shouldRefuseAnArtifactOfAnotherFormatOrWhoseColumnsDisagree() throws Exception {
        String json = fit(SMALL_SPEC, SMALL).toJson();

        assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> FittedPipeline.fromJson(
                json.replace("\"formatVersion\" : 1", "\"formatVersion\" : 2"))))
                .hasMessageContaining("formatVersion must be 1, but is 2");
        assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> FittedPipeline.fromJson(
                json.replace("\"age*flag\"", "\"flag*age\""))))
                .hasMessageContaining("outputColumns must be the columns the steps give");
    }
}
