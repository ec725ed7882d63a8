package io.charter.governance.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What {@link PipelineSpecs#check} and {@link PipelineSpecs#parse} report, with the path of each problem. */
class PipelineSpecsTest {

    private static final List<String> DATASET = List.of("age", "income", "city", "y");

    @Test
    void shouldAcceptASpecUsingEveryKind() throws Exception {
        PipelineSpec spec = PipelineSpecs.parse("""
                {"version": 1, "steps": [
                  {"kind": "IMPUTE", "columns": ["age"], "strategy": "MEDIAN", "addIndicator": true},
                  {"kind": "CAP", "columns": ["income"], "method": "PERCENTILE", "lower": 0.01, "upper": 0.99},
                  {"kind": "LOG", "columns": ["income"]},
                  {"kind": "BOX_COX", "columns": ["age"]},
                  {"kind": "INTERACTION", "pairs": [["age", "income"]]},
                  {"kind": "SCALE", "columns": ["age", "age*income"], "method": "ROBUST"},
                  {"kind": "BIN", "columns": ["income"], "bins": 4, "method": "UNIFORM"},
                  {"kind": "TARGET_ENCODE", "columns": ["city"], "target": "y", "smoothing": 5},
                  {"kind": "DROP", "columns": ["age_missing"]}
                ]}""");

        assertThat(PipelineSpecs.check(spec, DATASET, "y")).isEmpty();
        assertThat(PipelineSpecs.check(spec, DATASET)).as("target taken from TARGET_ENCODE").isEmpty();
    }

    @Test
    void shouldNameAColumnTheDatasetDoesNotHave() {
        PipelineSpec spec = new PipelineSpec(List.of(StepSpec.scale(ScaleMethod.STANDARD, "income", "agee")));

        assertThat(PipelineSpecs.check(spec, List.of("age", "income"))).containsExactly(
                new SpecProblem("steps[0].columns[1]",
                        "must be a column of the dataset [age, income], but is \"agee\""));
    }

    @Test
    void shouldTrackColumnsThroughTheSteps() {
        PipelineSpec spec = new PipelineSpec(List.of(
                StepSpec.impute(ImputeStrategy.MEAN, true, "age"),
                StepSpec.oneHot(UnknownCategories.IGNORE, 10, "city"),
                StepSpec.drop("income"),
                StepSpec.scale(ScaleMethod.MINMAX, "age_missing", "city=Paris", "income", "city", "nope")));

        assertThat(PipelineSpecs.check(spec, DATASET, "y")).containsExactly(
                new SpecProblem("steps[3].columns[2]", "must be a column available at this step, but \"income\" is "
                        + "not: steps[2] (DROP) removed it"),
                new SpecProblem("steps[3].columns[3]", "must be a column available at this step, but \"city\" is "
                        + "not: steps[1] (ONE_HOT) replaced it by its indicator columns \"city=…\""),
                new SpecProblem("steps[3].columns[4]", "must be a column available at this step [age, age_missing], "
                        + "but is \"nope\""));
    }

    @Test
    void shouldRefuseTheTargetAsAFeature() {
        PipelineSpec spec = new PipelineSpec(List.of(StepSpec.scale(ScaleMethod.STANDARD, "age", "y"),
                StepSpec.targetEncode("income", 10, "city")));

        assertThat(PipelineSpecs.check(spec, DATASET, "y")).containsExactly(
                new SpecProblem("steps[0].columns[1]", "must not be the target column \"y\": the target is what the "
                        + "model learns to predict, so it cannot also be an input"),
                new SpecProblem("steps[1].target", "must be the pipeline's target column \"y\" (a pipeline has one "
                        + "target), but is \"income\""));
        assertThat(PipelineSpecs.check(new PipelineSpec(List.of(StepSpec.targetEncode("y", 10, "city", "y"))),
                DATASET)).extracting(SpecProblem::path).containsExactly("steps[0].columns[1]");
    }

    @Test
    void shouldReportUnknownKindsAndMissingOrRepeatedColumns() throws Exception {
        PipelineSpec spec = PipelineSpecs.parse("""
                {"steps": [{"kind": "NORMALIZE", "columns": ["age"]}, {"columns": ["age"]},
                           {"kind": "LOG"}, {"kind": "LOG", "columns": []},
                           {"kind": "DROP", "columns": ["age", "age", null]}, null]}""");

        assertThat(PipelineSpecs.check(spec, DATASET)).containsExactly(
                new SpecProblem("steps[0].kind", "must be one of [IMPUTE, CAP, SCALE, ONE_HOT, ORDINAL, TARGET_ENCODE, "
                        + "LOG, BOX_COX, BIN, INTERACTION, DROP], but is \"NORMALIZE\""),
                new SpecProblem("steps[1].kind", "must be one of [IMPUTE, CAP, SCALE, ONE_HOT, ORDINAL, TARGET_ENCODE, "
                        + "LOG, BOX_COX, BIN, INTERACTION, DROP], but is missing"),
                new SpecProblem("steps[2].columns", "must name at least one column, but is missing"),
                new SpecProblem("steps[3].columns", "must name at least one column, but is empty"),
                new SpecProblem("steps[4].columns[1]", "must be listed once in the step, but \"age\" repeats"),
                new SpecProblem("steps[4].columns[2]", "must be a column name, but is null"),
                new SpecProblem("steps[5]", "must be a step object, but is null"));
    }

    @Test
    void shouldReportParametersOutOfRangeOrOfTheWrongKind() throws Exception {
        PipelineSpec spec = PipelineSpecs.parse("""
                {"steps": [
                  {"kind": "IMPUTE", "columns": ["age"], "strategy": "median", "bins": 3},
                  {"kind": "IMPUTE", "columns": ["age"], "strategy": "CONSTANT"},
                  {"kind": "IMPUTE", "columns": ["age"], "strategy": "CONSTANT", "constant": "NA"},
                  {"kind": "CAP", "columns": ["age"], "method": "PERCENTILE", "lower": 0.9, "upper": 0.1, "k": 2},
                  {"kind": "CAP", "columns": ["age"], "k": -1},
                  {"kind": "ONE_HOT", "columns": ["city"], "maxCategories": 0, "handleUnknown": "SKIP"},
                  {"kind": "ORDINAL", "columns": ["income"], "order": ["low", "high", "low"]},
                  {"kind": "TARGET_ENCODE", "columns": ["age"], "smoothing": -1},
                  {"kind": "BIN", "columns": ["age"], "bins": 1}
                ]}""");

        assertThat(PipelineSpecs.check(spec, DATASET)).containsExactly(
                new SpecProblem("steps[0].bins", "is not a parameter of IMPUTE (it reads columns, strategy, constant, "
                        + "addIndicator), but is given"),
                new SpecProblem("steps[0].strategy", "must be one of [MEAN, MEDIAN, MODE, CONSTANT], but is \"median\" "
                        + "(names are upper case)"),
                new SpecProblem("steps[1].constant", "must be the fill value for strategy CONSTANT, but is missing"),
                new SpecProblem("steps[2].constant", "must be a value, but \"NA\" reads as a missing value"),
                new SpecProblem("steps[3].k", "is only read with method IQR, but method is PERCENTILE"),
                new SpecProblem("steps[3].upper", "must be greater than lower (0.9), but is 0.1"),
                new SpecProblem("steps[4].k", "must be a positive number of interquartile ranges, but is -1.0"),
                new SpecProblem("steps[5].handleUnknown", "must be one of [IGNORE, ERROR], but is \"SKIP\""),
                new SpecProblem("steps[5].maxCategories", "must be between 1 and 1000, but is 0"),
                new SpecProblem("steps[6].order[2]", "must appear once, but \"low\" is listed before"),
                new SpecProblem("steps[7].target", "must name the target column whose mean encodes each category, "
                        + "but is missing"),
                new SpecProblem("steps[7].smoothing", "must be a number of rows ≥ 0, but is -1.0"),
                new SpecProblem("steps[8].bins", "must be between 2 and 1000, but is 1"));
    }

    @Test
    void shouldCheckInteractionPairs() {
        PipelineSpec spec = new PipelineSpec(List.of(
                StepSpec.interaction(List.of(List.of("age", "income"), List.of("age"), List.of("age", "incom"))),
                StepSpec.interaction(List.of(List.of("age", "income")))));

        assertThat(PipelineSpecs.check(spec, DATASET)).containsExactly(
                new SpecProblem("steps[0].pairs[1]", "must be two column names [a, b], but is [age]"),
                new SpecProblem("steps[0].pairs[2][1]", "must be a column of the dataset [age, income, city, y], "
                        + "but is \"incom\""),
                new SpecProblem("steps[1].pairs[0]", "would add column \"age*income\", but it exists already"));
    }

    @Test
    void shouldRefuseMoreThanFiftyStepsAndAnotherVersion() {
        List<StepSpec> steps = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            steps.add(StepSpec.log("income"));
        }

        assertThat(PipelineSpecs.check(new PipelineSpec(2, steps), DATASET)).containsExactly(
                new SpecProblem("version", "must be 1, but is 2"),
                new SpecProblem("steps", "must have at most 50 steps, but has 51"));
    }

    @Test
    void shouldRefuseAnIndicatorThatWouldReplaceAColumn() {
        PipelineSpec spec = new PipelineSpec(List.of(StepSpec.impute(ImputeStrategy.MODE, true, "age")));

        assertThat(PipelineSpecs.check(spec, List.of("age", "age_missing"))).containsExactly(
                new SpecProblem("steps[0].columns[0]", "would add column \"age_missing\", but it exists already; drop "
                        + "it in an earlier step or leave addIndicator out"));
    }

    @Test
    void shouldNameTheFieldOfAnUnreadableSpec() {
        assertThat(parseProblems("{\"steps\": [{\"kind\": \"LOG\", \"colums\": [\"age\"]}]}")).singleElement()
                .satisfies(p -> {
                    assertThat(p.path()).isEqualTo("steps[0].colums");
                    assertThat(p.message()).startsWith("is not a field of a step (known fields: addIndicator, bins, "
                            + "columns, constant,");
                });
        assertThat(parseProblems("{\"steps\": [{\"kind\": \"LOG\", \"columns\": \"age\"}]}")).containsExactly(
                new SpecProblem("steps[0].columns", "must be a list, but is a string value"));
        assertThat(parseProblems("{\"steps\": [")).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("must be JSON, but Unexpected end-of-input")
                        .doesNotContain("Source"));
    }

    @Test
    void shouldWriteASpecThatReadsBackEqual() throws Exception {
        PipelineSpec spec = new PipelineSpec(List.of(StepSpec.capPercentile(0.05, 0.95, "income"),
                StepSpec.ordinal(List.of("low", "high"), "city"),
                StepSpec.interaction(List.of(List.of("age", "income")))));

        String json = PipelineSpecs.toJson(spec);

        assertThat(PipelineSpecs.parse(json)).isEqualTo(spec);
        assertThat(json).contains("\"kind\" : \"CAP\"").doesNotContain("null");
    }

    private static List<SpecProblem> parseProblems(String json) {
        return catchThrowableOfType(InvalidPipelineException.class, () -> PipelineSpecs.parse(json)).problems();
    }
}
