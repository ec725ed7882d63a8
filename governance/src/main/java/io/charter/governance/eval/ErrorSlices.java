package io.charter.governance.eval;

import io.charter.governance.data.Values;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Error analysis by slices (seed §6.4: "subpopulations require more data"): every category of a
 * categorical feature and every quantile bin of a numeric one is a slice; the slices with enough
 * rows are ranked by their error rate (classification) or mean absolute error (regression).
 *
 * <p>Numeric bins are cut as pandas' {@code qcut(x, bins, duplicates="drop")} cuts them: edges at
 * the linearly interpolated quantiles 0, 1/bins, …, 1 of the present values (numpy's default
 * quantile), repeated edges merged, intervals {@code (a, b]} with the first closed below. A
 * constant column is one slice {@code [v, v]}. Missing values form a slice of their own.
 */
public final class ErrorSlices {

    /** The value of the slice of rows where a feature is missing. */
    public static final String MISSING = "(missing)";

    private ErrorSlices() {
    }

    /** Slices ranked by error rate: the share of rows whose predicted class is not the true one. */
    public static SliceReport classification(List<FeatureColumn> features, Labels labels, SliceOptions options) {
        double[] errors = new double[labels.rows()];
        for (int i = 0; i < errors.length; i++) {
            errors[i] = labels.truth(i) == labels.predicted(i) ? 0 : 1;
        }
        return rank(features, errors, SliceReport.Measure.ERROR_RATE, options);
    }

    /** Slices ranked by mean absolute error. */
    public static SliceReport regression(List<FeatureColumn> features, double[] yTrue, double[] yPred,
                                         SliceOptions options) {
        int n = Checks.sameLength("yTrue", yTrue.length, "yPred", yPred.length);
        Checks.finite("yTrue", yTrue);
        Checks.finite("yPred", yPred);
        double[] errors = new double[n];
        for (int i = 0; i < n; i++) {
            errors[i] = Math.abs(yTrue[i] - yPred[i]);
        }
        return rank(features, errors, SliceReport.Measure.MEAN_ABSOLUTE_ERROR, options);
    }

    private static SliceReport rank(List<FeatureColumn> features, double[] errors, SliceReport.Measure measure,
                                     SliceOptions options) {
        List<Slice> slices = new ArrayList<>();
        for (FeatureColumn f : features) {
            Checks.sameLength("yTrue", errors.length, "feature \"" + f.name() + "\"", f.rows());
            if (f instanceof FeatureColumn.Numeric num) {
                slices.addAll(numeric(num, errors, options.bins()));
            } else {
                slices.addAll(categorical((FeatureColumn.Categorical) f, errors));
            }
        }
        List<Slice> worst = slices.stream()
                .filter(s -> s.count() >= options.minSupport())
                .sorted(Comparator.comparingDouble(Slice::error).reversed()
                        .thenComparing(Comparator.comparingLong(Slice::count).reversed())
                        .thenComparing(Slice::column).thenComparing(Slice::value))
                .limit(options.maxSlices())
                .toList();
        return new SliceReport(measure, mean(errors), options.minSupport(), options.bins(), worst);
    }

    private static List<Slice> categorical(FeatureColumn.Categorical f, double[] errors) {
        Map<String, double[]> sums = new TreeMap<>();
        for (int i = 0; i < errors.length; i++) {
            String v = Values.clean(f.values()[i]);
            double[] s = sums.computeIfAbsent(v == null ? MISSING : v, k -> new double[2]);
            s[0]++;
            s[1] += errors[i];
        }
        List<Slice> slices = new ArrayList<>(sums.size());
        sums.forEach((v, s) -> slices.add(new Slice(f.name(), v, null, null, (long) s[0], s[1] / s[0])));
        return slices;
    }

    private static List<Slice> numeric(FeatureColumn.Numeric f, double[] errors, int bins) {
        double[] edges = edges(f.values(), bins);
        int slots = Math.max(1, edges.length - 1);
        double[] count = new double[slots + 1];
        double[] sum = new double[slots + 1];
        for (int i = 0; i < errors.length; i++) {
            double x = f.values()[i];
            int b = Double.isNaN(x) ? slots : bin(edges, x);
            count[b]++;
            sum[b] += errors[i];
        }
        List<Slice> slices = new ArrayList<>();
        for (int b = 0; b <= slots; b++) {
            if (count[b] == 0) {
                continue;
            }
            double error = sum[b] / count[b];
            if (b == slots) {
                slices.add(new Slice(f.name(), MISSING, null, null, (long) count[b], error));
            } else {
                double lo = edges[b];
                double hi = edges.length == 1 ? lo : edges[b + 1];
                String value = (b == 0 ? "[" : "(") + readable(lo) + ", " + readable(hi) + "]";
                slices.add(new Slice(f.name(), value, lo, hi, (long) count[b], error));
            }
        }
        return slices;
    }

    /** Distinct quantile edges of the present values (numpy's linear method); empty if none are present. */
    static double[] edges(double[] values, int bins) {
        double[] present = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
        if (present.length == 0) {
            return new double[0];
        }
        double[] edges = new double[bins + 1];
        double step = 1.0 / bins;
        for (int j = 0; j <= bins; j++) {
            double q = j == bins ? 1 : j * step; // numpy's linspace(0, 1, bins + 1), as qcut uses
            double h = (present.length - 1) * q;
            int lo = (int) Math.floor(h);
            int hi = Math.min(lo + 1, present.length - 1);
            edges[j] = present[lo] + (h - lo) * (present[hi] - present[lo]);
        }
        return Arrays.stream(edges).distinct().toArray();
    }

    /** An edge to six significant digits for the slice's name ({@code lower}/{@code upper} keep it exactly). */
    static String readable(double edge) {
        return new BigDecimal(edge).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }

    /** Index of the interval (edges[b], edges[b+1]] holding x; the first interval also holds edges[0]. */
    private static int bin(double[] edges, double x) {
        if (edges.length <= 2) {
            return 0;
        }
        int at = Arrays.binarySearch(edges, x);
        int b = at >= 0 ? at - 1 : -at - 2;
        return Math.max(0, Math.min(b, edges.length - 2));
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }
}
