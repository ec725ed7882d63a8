package io.charter.governance.pipeline;

import static io.charter.governance.pipeline.PipelineFixtures.fit;
import static io.charter.governance.pipeline.PipelineFixtures.mean;
import static io.charter.governance.pipeline.PipelineFixtures.quantile;
import static io.charter.governance.pipeline.PipelineFixtures.std;
import static io.charter.governance.pipeline.PipelineFixtures.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every step's fitted parameters equal what a plain computation over the raw train rows gives
 * (fewer than 400 train values per column, so the KLL sketches are exact).
 */
class PipelineFitterStepsTest {

    private static final SampleData DATA = new SampleData(320, 7);

    @Test
    void shouldImputeTheMeanMedianAndModeOfTheTrainValues() throws Exception {
        FittedPipeline p = fit("""
                {"steps": [{"kind": "IMPUTE", "columns": ["age"], "strategy": "MEAN"},
                           {"kind": "IMPUTE", "columns": ["score"], "strategy": "MEDIAN"},
                           {"kind": "IMPUTE", "columns": ["city"], "strategy": "MODE"},
                           {"kind": "ORDINAL", "columns": ["city"]}]}""",
                DATA.csv("age", "score", "city"), SampleData.TRAIN, null);

        assertThat(step(p, 0, FittedImpute.class).columns().get(0).number())
                .isCloseTo(mean(DATA.trainNumbers("age")), within(1e-9));
        assertThat(step(p, 1, FittedImpute.class).columns().get(0).number())
                .isEqualTo(quantile(DATA.trainNumbers("score"), 0.5));
        assertThat(step(p, 2, FittedImpute.class).columns().get(0).text()).isEqualTo(mostFrequent(
                DATA.trainValues("city")));
        assertThat(p.trainRows()).isEqualTo(DATA.trainRows().size());
    }

    @Test
    void shouldScaleWhatTheStepBeforeLeft() throws Exception {
        FittedPipeline p = fit("""
                {"steps": [{"kind": "IMPUTE", "columns": ["age"], "strategy": "MEDIAN"},
                           {"kind": "SCALE", "columns": ["age"]}]}""",
                DATA.csv("age"), SampleData.TRAIN, null);
        double median = quantile(DATA.trainNumbers("age"), 0.5);
        double[] imputed = DATA.trainRows().stream()
                .mapToDouble(r -> r[0].isEmpty() || r[0].equals("NA") ? median : Double.parseDouble(r[0])).toArray();

        FittedScale.Affine scale = step(p, 1, FittedScale.class).columns().get(0);

        assertThat(imputed).hasSizeGreaterThan(DATA.trainNumbers("age").length);
        assertThat(scale.center()).isCloseTo(mean(imputed), within(1e-9));
        assertThat(scale.scale()).isCloseTo(std(imputed), within(1e-9));
    }

    @Test
    void shouldScaleByMinMaxAndByMedianAndIqr() throws Exception {
        FittedPipeline p = fit("""
                {"steps": [{"kind": "SCALE", "columns": ["income"], "method": "MINMAX"},
                           {"kind": "SCALE", "columns": ["score"], "method": "ROBUST"}]}""",
                DATA.csv("income", "score"), SampleData.TRAIN, null);
        double[] income = DATA.trainNumbers("income");
        double[] score = DATA.trainNumbers("score");

        FittedScale.Affine minMax = step(p, 0, FittedScale.class).columns().get(0);
        FittedScale.Affine robust = step(p, 1, FittedScale.class).columns().get(0);

        assertThat(minMax.center()).isEqualTo(Arrays.stream(income).min().orElseThrow());
        assertThat(minMax.scale()).isEqualTo(Arrays.stream(income).max().orElseThrow() - minMax.center());
        assertThat(robust.center()).isEqualTo(quantile(score, 0.5));
        assertThat(robust.scale()).isEqualTo(quantile(score, 0.75) - quantile(score, 0.25));
    }

    @Test
    void shouldCapAtTukeyFencesAndAtPercentiles() throws Exception {
        FittedPipeline p = fit("""
                {"steps": [{"kind": "CAP", "columns": ["score"], "method": "IQR", "k": 2},
                           {"kind": "CAP", "columns": ["income"], "method": "PERCENTILE",
                            "lower": 0.01, "upper": 0.99}]}""",
                DATA.csv("score", "income"), SampleData.TRAIN, null);
        double[] score = DATA.trainNumbers("score");
        double iqr = quantile(score, 0.75) - quantile(score, 0.25);

        FittedCap.Bounds fences = step(p, 0, FittedCap.class).columns().get(0);
        FittedCap.Bounds percentiles = step(p, 1, FittedCap.class).columns().get(0);

        assertThat(fences.lower()).isEqualTo(quantile(score, 0.25) - 2 * iqr);
        assertThat(fences.upper()).isEqualTo(quantile(score, 0.75) + 2 * iqr);
        assertThat(Arrays.stream(score).filter(s -> s > fences.upper())).as("the outliers are capped").isNotEmpty();
        assertThat(percentiles.lower()).isEqualTo(quantile(DATA.trainNumbers("income"), 0.01));
        assertThat(percentiles.upper()).isEqualTo(quantile(DATA.trainNumbers("income"), 0.99));
    }

    @Test
    void shouldKeepTheMostFrequentCategoriesAndListTheRarerOnes() throws Exception {
        FittedPipeline p = fit("""
                {"steps": [{"kind": "ONE_HOT", "columns": ["city"], "maxCategories": 3}]}""",
                DATA.csv("city"), SampleData.TRAIN, null);
        List<String> ranked = byFrequency(DATA.trainValues("city"));

        FittedOneHot.Indicators city = step(p, 0, FittedOneHot.class).columns().get(0);

        assertThat(ranked).hasSize(SampleData.CITIES.length);
        assertThat(city.categories()).isEqualTo(ranked.subList(0, 3));
        assertThat(city.other()).isEqualTo(ranked.subList(3, ranked.size()));
        assertThat(city.otherComplete()).isTrue();
        assertThat(p.outputColumns()).containsExactly("city=" + ranked.get(0), "city=" + ranked.get(1),
                "city=" + ranked.get(2), "city=__other__");
    }

    @Test
    void shouldOrderLearntCategoriesByTextOrNumerically() throws Exception {
        FittedPipeline p = fit("""
                {"steps": [{"kind": "ORDINAL", "columns": ["city", "n"]}]}""",
                "city,n\nParis,10\nLyon,9\nNice,\nParis,2\n");

        assertThat(step(p, 0, FittedOrdinal.class).columns()).containsExactly(
                new FittedOrdinal.Order("city", List.of("Lyon", "Nice", "Paris")),
                new FittedOrdinal.Order("n", List.of("2", "9", "10")));
    }

    @Test
    void shouldEncodeEachCategoryByItsSmoothedTrainMeanTarget() throws Exception {
        FittedPipeline p = fit("""
                {"steps": [{"kind": "TARGET_ENCODE", "columns": ["city"], "target": "y", "smoothing": 10}]}""",
                DATA.csv("city", "y"), SampleData.TRAIN, "y");
        List<String[]> train = DATA.trainRows();
        double prior = train.stream().mapToDouble(r -> Double.parseDouble(r[5])).average().orElseThrow();
        Map<String, List<Double>> targets = new TreeMap<>();
        train.forEach(r -> targets.computeIfAbsent(r[3], c -> new ArrayList<>()).add(Double.parseDouble(r[5])));

        FittedTargetEncode encode = step(p, 0, FittedTargetEncode.class);

        assertThat(encode.prior()).isCloseTo(prior, within(1e-12));
        assertThat(encode.targetRows()).isEqualTo(train.size());
        assertThat(encode.columns().get(0).levels()).hasSize(targets.size()).allSatisfy(level -> {
            double[] ys = PipelineFixtures.doubles(targets.get(level.category()));
            assertThat(level.count()).isEqualTo(ys.length);
            assertThat(level.mean()).isCloseTo(mean(ys), within(1e-12));
            assertThat(level.value()).isCloseTo((ys.length * mean(ys) + 10 * prior) / (ys.length + 10), within(1e-12));
        });
        assertThat(p.inputColumns()).containsExactly("city");
        assertThat(p.outputColumns()).containsExactly("city");
    }

    @Test
    void shouldBinByEqualWidthAndByQuantiles() throws Exception {
        FittedPipeline p = fit("""
                {"steps": [{"kind": "BIN", "columns": ["score"], "bins": 4, "method": "UNIFORM"},
                           {"kind": "BIN", "columns": ["income"], "bins": 4, "method": "QUANTILE"}]}""",
                DATA.csv("score", "income"), SampleData.TRAIN, null);
        double[] score = DATA.trainNumbers("score");
        double[] income = DATA.trainNumbers("income");
        double min = Arrays.stream(score).min().orElseThrow();
        double max = Arrays.stream(score).max().orElseThrow();

        assertThat(step(p, 0, FittedBin.class).columns().get(0).edges()).containsExactly(min,
                min + (max - min) / 4, min + 2 * (max - min) / 4, min + 3 * (max - min) / 4, max);
        assertThat(step(p, 1, FittedBin.class).columns().get(0).edges()).containsExactly(quantile(income, 0),
                quantile(income, 0.25), quantile(income, 0.5), quantile(income, 0.75), quantile(income, 1));
    }

    @Test
    void shouldFitTheBoxCoxLambdaOfMaximumLikelihood() throws Exception {
        FittedPipeline p = fit("""
                {"steps": [{"kind": "BOX_COX", "columns": ["income"]}]}""",
                DATA.csv("income"), SampleData.TRAIN, null);
        double[] income = DATA.trainNumbers("income");

        FittedBoxCox.Lambda lambda = step(p, 0, FittedBoxCox.class).columns().get(0);

        assertThat(lambda.trainValues()).isEqualTo(income.length);
        assertThat(lambda.sampleSize()).isEqualTo(income.length);
        double best = logLikelihood(income, lambda.lambda());
        for (double l = -2; l <= 2; l += 0.01) {
            assertThat(best).as("llf at %s", l).isGreaterThanOrEqualTo(logLikelihood(income, l) - 1e-9);
        }
    }

    @Test
    void shouldFitTheSameParametersTwice() throws Exception {
        String spec = """
                {"steps": [{"kind": "IMPUTE", "columns": ["age"], "strategy": "MEDIAN", "addIndicator": true},
                           {"kind": "BOX_COX", "columns": ["income"]},
                           {"kind": "ONE_HOT", "columns": ["city"]}]}""";
        String csv = DATA.csv("age", "income", "city");

        assertThat(fit(spec, csv, SampleData.TRAIN, null).steps())
                .isEqualTo(fit(spec, csv, SampleData.TRAIN, null).steps());
    }

    /** Box and Cox's profile log-likelihood, textbook form. */
    private static double logLikelihood(double[] x, double lambda) {
        double[] y = Arrays.stream(x).map(v -> lambda == 0 ? Math.log(v) : (Math.pow(v, lambda) - 1) / lambda)
                .toArray();
        double sumLog = Arrays.stream(x).map(Math::log).sum();
        return -x.length / 2.0 * Math.log(std(y) * std(y)) + (lambda - 1) * sumLog;
    }

    private static String mostFrequent(List<String> values) {
        return byFrequency(values).get(0);
    }

    /** Distinct values, most frequent first, ties by value. */
    private static List<String> byFrequency(List<String> values) {
        Map<String, Long> counts = values.stream().collect(Collectors.groupingBy(v -> v, Collectors.counting()));
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
    }
}
