package io.charter.governance.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.charter.governance.data.CsvRows;
import io.charter.governance.data.RowSource;
import io.charter.governance.data.synthetic.CreditDataGenerator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongPredicate;
import org.junit.jupiter.api.Test;

/** A realistic pipeline on the platform's own synthetic credit data, end to end. */
class CreditPipelineTest {

    private static final String SPEC = """
            {"version": 1, "steps": [
              {"kind": "DROP", "columns": ["applicant_id", "application_date"]},
              {"kind": "CAP", "columns": ["income", "loan_amount", "existing_debt"], "method": "PERCENTILE",
               "lower": 0.01, "upper": 0.99},
              {"kind": "LOG", "columns": ["income"]},
              {"kind": "INTERACTION", "pairs": [["age", "credit_history_years"]]},
              {"kind": "SCALE", "columns": ["age", "loan_amount", "existing_debt", "credit_history_years",
                                            "age*credit_history_years"]},
              {"kind": "ONE_HOT", "columns": ["gender", "employment"]},
              {"kind": "TARGET_ENCODE", "columns": ["region"], "target": "defaulted"},
              {"kind": "BIN", "columns": ["income"], "bins": 4}]}""";
    private static final LongPredicate TRAIN = row -> row % 5 != 0;

    @Test
    void shouldStandardiseTheTrainRowsAndEncodeEveryRowAsFiniteNumbers() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new CreditDataGenerator(2_000, 42, 0.5, 0.4).write(bytes);
        RowSource source = CsvRows.of(() -> new ByteArrayInputStream(bytes.toByteArray()), ',');

        FittedPipeline fitted = PipelineFitter.fit(PipelineSpecs.parse(SPEC), source, TRAIN, "defaulted");
        List<double[]> train = new ArrayList<>();
        List<double[]> all = new ArrayList<>();
        fitted.transformAll(source, row -> true, (row, vector) -> (TRAIN.test(row) ? train : all).add(vector));
        all.addAll(train);

        assertThat(fitted.trainRows()).isEqualTo(1_600);
        assertThat(fitted.inputColumns()).doesNotContain("defaulted");
        assertThat(fitted.outputColumns()).containsExactly("age", "gender=male", "gender=female", "region",
                "employment=employed", "employment=self-employed", "employment=unemployed", "income", "loan_amount",
                "credit_history_years", "existing_debt", "age*credit_history_years");
        assertThat(all).hasSize(2_000)
                .allSatisfy(v -> assertThat(Arrays.stream(v).allMatch(Double::isFinite)).isTrue());
        int age = fitted.outputColumns().indexOf("age");
        double[] trainAges = train.stream().mapToDouble(v -> v[age]).toArray();
        assertThat(PipelineFixtures.mean(trainAges)).isCloseTo(0, within(1e-9));
        assertThat(PipelineFixtures.std(trainAges)).isCloseTo(1, within(1e-9));
        int income = fitted.outputColumns().indexOf("income");
        assertThat(all.stream().mapToDouble(v -> v[income]).distinct().sorted().toArray()).containsExactly(0, 1, 2, 3);
    }
}
