package io.charter.governance.pipeline;

import static io.charter.governance.pipeline.PipelineFixtures.fit;
import static io.charter.governance.pipeline.PipelineFixtures.mean;
import static io.charter.governance.pipeline.PipelineFixtures.quantile;
import static io.charter.governance.pipeline.PipelineFixtures.std;
import static io.charter.governance.pipeline.PipelineFixtures.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;
import org.junit.jupiter.api.Test;

/**
 * The leakage guard (seed §6.1): test rows have extreme values, categories of their own and
 * targets that would move every statistic, yet the fitted parameters are exactly those of the
 * train rows alone, and what only the test rows have is handled as unknown.
 */
class LeakageTest {

    private static final String SPEC = """
            {"steps": [{"kind": "IMPUTE", "columns": ["age"], "strategy": "MEDIAN"},
                       {"kind": "SCALE", "columns": ["income"], "method": "STANDARD"},
                       {"kind": "ONE_HOT", "columns": ["city"], "maxCategories": 2},
                       {"kind": "TARGET_ENCODE", "columns": ["job"], "target": "y"}]}""";
    private static final LongPredicate TRAIN = row -> row % 5 != 4;
    private static final String[] CITIES = {"Paris", "Paris", "Lyon", "Paris", "Lyon", "Nice"};
    private static final String[] JOBS = {"clerk", "nurse", "chef"};

    private final List<double[]> trainNumbers = new ArrayList<>();
    private final List<String[]> trainText = new ArrayList<>();

    /** 200 rows; every fifth is a test row: age 99, income 1e9, Nice or Atlantis, astronaut, y = 1. */
    private String csv(String testIncome) {
        StringBuilder csv = new StringBuilder("age,income,city,job,y\n");
        for (int i = 0; i < 200; i++) {
            if (!TRAIN.test(i)) {
                String city = i % 40 == 4 ? "Atlantis" : "Nice";
                String job = i % 3 == 0 ? "astronaut" : JOBS[i % 3];
                csv.append("99,").append(testIncome).append(',').append(city).append(',').append(job).append(",1\n");
                continue;
            }
            String age = i % 7 == 0 ? "" : Integer.toString(20 + i % 41);
            double income = 30_000 + 250.0 * (i % 97);
            String y = i % 3 == 1 || i % 11 == 0 ? "1" : "0";
            trainNumbers.add(new double[] {age.isEmpty() ? Double.NaN : Double.parseDouble(age), income,
                    Double.parseDouble(y)});
            trainText.add(new String[] {CITIES[i % CITIES.length], JOBS[i % 3]});
            csv.append(age).append(',').append(income).append(',').append(CITIES[i % CITIES.length]).append(',')
                    .append(JOBS[i % 3]).append(',').append(y).append('\n');
        }
        return csv.toString();
    }

    @Test
    void shouldFitEveryStatisticOnTheTrainRowsAlone() throws Exception {
        String csv = csv("1e9");
        FittedPipeline fitted = fit(SPEC, csv, TRAIN, "y");
        double[] ages = trainNumbers.stream().mapToDouble(r -> r[0]).filter(a -> !Double.isNaN(a)).toArray();
        double[] incomes = trainNumbers.stream().mapToDouble(r -> r[1]).toArray();
        double prior = trainNumbers.stream().mapToDouble(r -> r[2]).average().orElseThrow();

        assertThat(fitted.trainRows()).isEqualTo(160);
        assertThat(step(fitted, 0, FittedImpute.class).columns().get(0).number()).isEqualTo(quantile(ages, 0.5));
        FittedScale.Affine scale = step(fitted, 1, FittedScale.class).columns().get(0);
        assertThat(scale.center()).isCloseTo(mean(incomes), within(1e-9));
        assertThat(scale.scale()).isCloseTo(std(incomes), within(1e-9));
        FittedOneHot.Indicators city = step(fitted, 2, FittedOneHot.class).columns().get(0);
        assertThat(city.categories()).containsExactly("Paris", "Lyon");
        assertThat(city.other()).containsExactly("Nice");
        FittedTargetEncode encode = step(fitted, 3, FittedTargetEncode.class);
        assertThat(encode.prior()).isCloseTo(prior, within(1e-12));
        assertThat(encode.targetRows()).isEqualTo(160);
        assertThat(encode.columns().get(0).levels()).extracting(FittedTargetEncode.Level::category)
                .containsExactlyInAnyOrder(JOBS);
        for (FittedTargetEncode.Level level : encode.columns().get(0).levels()) {
            double[] ys = trainTargetsOf(level.category());
            assertThat(level.count()).isEqualTo(ys.length);
            assertThat(level.mean()).isCloseTo(mean(ys), within(1e-12));
        }
    }

    @Test
    void shouldFitDifferentStatisticsWhenTheTestRowsAreLetIn() throws Exception {
        String csv = csv("1e9");
        FittedPipeline leaky = fit(SPEC, csv, row -> true, "y");
        FittedPipeline guarded = fit(SPEC, csv, TRAIN, "y");

        for (int i = 0; i < 4; i++) {
            assertThat(leaky.steps().get(i)).as("step %d", i).isNotEqualTo(guarded.steps().get(i));
        }
        assertThat(step(leaky, 2, FittedOneHot.class).columns().get(0).categories()).contains("Nice");
    }

    @Test
    void shouldHandleWhatOnlyTheTestRowsHaveAsUnknown() throws Exception {
        FittedPipeline fitted = fit(SPEC, csv("1e9"), TRAIN, "y");
        FittedTargetEncode encode = step(fitted, 3, FittedTargetEncode.class);

        double[] vector = fitted.transform(Map.of("age", "99", "income", "1e9", "city", "Atlantis",
                "job", "astronaut"));

        assertThat(fitted.outputColumns()).containsExactly("age", "income", "city=Paris", "city=Lyon",
                "city=__other__", "job");
        assertThat(vector[2]).isZero();
        assertThat(vector[3]).isZero();
        assertThat(vector[4]).isZero();
        assertThat(vector[5]).isEqualTo(encode.prior());
    }

    @Test
    void shouldNeverReadTheFieldsOfATestRow() throws Exception {
        String csv = csv("not-a-number");

        FittedPipeline guarded = fit(SPEC, csv, TRAIN, "y");
        InvalidPipelineException leaky = catchThrowableOfType(InvalidPipelineException.class,
                () -> fit(SPEC, csv, row -> true, "y"));

        assertThat(guarded.trainRows()).isEqualTo(160);
        assertThat(leaky.problems()).containsExactly(new SpecProblem("steps[1].columns[0]",
                "must hold numbers for SCALE, but row 5 has \"not-a-number\""));
    }

    private double[] trainTargetsOf(String job) {
        List<Double> ys = new ArrayList<>();
        for (int i = 0; i < trainText.size(); i++) {
            if (trainText.get(i)[1].equals(job)) {
                ys.add(trainNumbers.get(i)[2]);
            }
        }
        return PipelineFixtures.doubles(ys);
    }
}
