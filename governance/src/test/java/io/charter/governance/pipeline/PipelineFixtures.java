package io.charter.governance.pipeline;

import io.charter.governance.data.CsvRows;
import io.charter.governance.data.RowSource;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongPredicate;

/** Shared ways to fit a spec on literal CSV text, and plain reference statistics to compare with. */
final class PipelineFixtures {

    private PipelineFixtures() {
    }

    static RowSource csv(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return CsvRows.of(() -> new ByteArrayInputStream(bytes), ',');
    }

    static FittedPipeline fit(String specJson, String csv, LongPredicate isTrainRow, String target) throws Exception {
        return PipelineFitter.fit(PipelineSpecs.parse(specJson), csv(csv), isTrainRow, target);
    }

    static FittedPipeline fit(String specJson, String csv) throws Exception {
        return fit(specJson, csv, row -> true, null);
    }

    static <T extends FittedStep> T step(FittedPipeline pipeline, int index, Class<T> type) {
        return type.cast(pipeline.steps().get(index));
    }

    static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    /** Population standard deviation, two-pass. */
    static double std(double[] values) {
        double mean = mean(values);
        double sum = 0;
        for (double v : values) {
            sum += (v - mean) * (v - mean);
        }
        return Math.sqrt(sum / values.length);
    }

    /**
     * Hyndman &amp; Fan's definition 2 from the sorted values: x[⌈nq⌉], or the mean of x[nq] and
     * x[nq + 1] when nq is a whole number (1-based order statistics).
     */
    static double quantile(double[] values, double q) {
        double[] x = values.clone();
        Arrays.sort(x);
        int n = x.length;
        double nq = n * q;
        if (nq <= 0) {
            return x[0];
        }
        if (nq >= n) {
            return x[n - 1];
        }
        if (nq == Math.rint(nq)) {
            return (x[(int) nq - 1] + x[(int) nq]) / 2;
        }
        return x[(int) Math.ceil(nq) - 1];
    }

    static double[] doubles(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The bit patterns of a vector, so that NaN equals NaN and -0.0 differs from 0.0. */
    static long[] bits(double[] vector) {
        return Arrays.stream(vector).mapToLong(Double::doubleToRawLongBits).toArray();
    }
}
