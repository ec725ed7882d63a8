package io.charter.governance.pipeline;

import static io.charter.governance.pipeline.PipelineFixtures.fit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Train rows that do not allow a step fail the fit with problems named by path, as spec problems do. */
class FitProblemsTest {

    @Test
    void shouldRefuseANegativeTrainValueForLogButGiveNanAtTransform() throws Exception {
        String spec = "{\"steps\": [{\"kind\": \"LOG\", \"columns\": [\"x\"]}]}";

        assertThat(problems(spec, "x\n1\n5\n-2\n-3\n")).containsExactly(new SpecProblem("steps[0].columns[0]",
                "must be ≥ 0 in every train row for LOG (log1p), but row 3 has -2"));
        assertThat(fit(spec, "x\n1\n5\n").transform(new String[] {"-0.5"})).containsExactly(Double.NaN);
    }

    @Test
    void shouldRefuseAValueThatIsNotPositiveForBoxCox() throws Exception {
        String spec = "{\"steps\": [{\"kind\": \"BOX_COX\", \"columns\": [\"x\"]}]}";

        assertThat(problems(spec, "x\n1\n0\n")).containsExactly(new SpecProblem("steps[0].columns[0]",
                "must be > 0 in every train row for BOX_COX, but row 2 has 0"));
        assertThat(fit(spec, "x\n1\n2\n4\n").transform(new String[] {"0"})).containsExactly(Double.NaN);
    }

    @Test
    void shouldRefuseTextWhereAStepNeedsNumbers() {
        assertThat(problems("{\"steps\": [{\"kind\": \"SCALE\", \"columns\": [\"city\"]}]}", "city\nParis\n"))
                .containsExactly(new SpecProblem("steps[0].columns[0]",
                        "must hold numbers for SCALE, but row 1 has \"Paris\""));
    }

    @Test
    void shouldRefuseAStepWithoutValuesToLearnFrom() {
        assertThat(problems("{\"steps\": [{\"kind\": \"IMPUTE\", \"columns\": [\"x\"]},"
                + "{\"kind\": \"ONE_HOT\", \"columns\": [\"c\"]}]}", "x,c\n,a\nNA,b\n"))
                .containsExactly(new SpecProblem("steps[0].columns[0]",
                        "must have numbers in the train rows for IMPUTE, but none of the 2 train rows has one"));
    }

    @Test
    void shouldRefuseATextColumnThatReachesTheOutput() {
        assertThat(problems("{\"steps\": []}", "x,city\n1,Paris\n2,Lyon\n")).containsExactly(new SpecProblem("steps",
                "must turn every column into numbers, but \"city\" reaches the output as text (\"Paris\" in row 1); "
                        + "encode it with ONE_HOT, ORDINAL or TARGET_ENCODE, or DROP it"));
    }

    @Test
    void shouldRefuseAnEmptyTrainSplit() {
        InvalidPipelineException e = catchThrowableOfType(InvalidPipelineException.class,
                () -> fit("{\"steps\": [{\"kind\": \"SCALE\", \"columns\": [\"x\"]}]}", "x\n1\n2\n", row -> false,
                        null));

        assertThat(e.problems()).containsExactly(new SpecProblem("",
                "must be fitted on at least one train row, but the split selects none of the 2 rows"));
    }

    @Test
    void shouldRefuseATargetThatIsNeitherNumericNorBoolean() {
        InvalidPipelineException e = catchThrowableOfType(InvalidPipelineException.class, () -> fit(
                "{\"steps\": [{\"kind\": \"TARGET_ENCODE\", \"columns\": [\"c\"], \"target\": \"y\"}]}",
                "c,y\na,yes\nb,cat\n", row -> true, null));

        assertThat(e.problems()).containsExactly(new SpecProblem("steps[0].target", "must name a numeric or boolean "
                + "(true/false, yes/no, 0/1) target for TARGET_ENCODE, but \"y\" has \"cat\" in row 2"));
    }

    @Test
    void shouldRefuseASpecThatFailsItsCheck() {
        InvalidPipelineException e = catchThrowableOfType(InvalidPipelineException.class, () -> fit(
                "{\"steps\": [{\"kind\": \"SCALE\", \"columns\": [\"agee\"]}]}", "age,y\n1,0\n", row -> true, "y"));

        assertThat(e.problems()).containsExactly(new SpecProblem("steps[0].columns[0]",
                "must be a column of the dataset [age], but is \"agee\""));
        assertThat(e).hasMessage("steps[0].columns[0] must be a column of the dataset [age], but is \"agee\"");
    }

    @Test
    void shouldRefuseAnIndicatorColumnTheDataDidNotCreate() {
        assertThat(problems("""
                {"steps": [{"kind": "ONE_HOT", "columns": ["c"]},
                           {"kind": "DROP", "columns": ["c=a", "c=z"]}]}""", "c\na\nb\n"))
                .containsExactly(new SpecProblem("steps[1].columns[1]",
                        "must be a column available at this step [c=a, c=b], but is \"c=z\""));
    }

    @Test
    void shouldReadAnImputedConstantAsTheFieldItSpells() throws Exception {
        FittedPipeline fitted = fit("""
                {"steps": [{"kind": "IMPUTE", "columns": ["c"], "strategy": "CONSTANT", "constant": "none"},
                           {"kind": "ONE_HOT", "columns": ["c"]}]}""", "c\na\n\nb\n");

        assertThat(fitted.outputColumns()).containsExactly("c=a", "c=b", "c=none");
        assertThat(fitted.transform(Map.of())).containsExactly(0, 0, 1);
        assertThat(fitted.transform(List.of("b").toArray(String[]::new))).containsExactly(0, 1, 0);
    }

    private static List<SpecProblem> problems(String spec, String csv) {
        InvalidPipelineException e = catchThrowableOfType(InvalidPipelineException.class, () -> fit(spec, csv));
        assertThat(e).as("fit must fail").isNotNull();
        return e.problems();
    }
}
