package io.charter.governance.pipeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One step of a {@link PipelineSpec}, as the user wrote it. Flat on purpose: every parameter is a
 * plain nullable field and every choice is text, so that reading any JSON the user sends succeeds
 * and {@link PipelineSpecs#check} can name each wrong field ({@code steps[1].method must be one of
 * [STANDARD, MINMAX, ROBUST], but is "zscore"}) instead of a parser failing on the first. Which
 * parameters each kind reads is {@link StepKind#parameters()}; absent ones take the defaults below.
 *
 * <p>JSON, e.g. {@code {"kind": "CAP", "columns": ["income"], "method": "PERCENTILE", "lower": 0.01,
 * "upper": 0.99}}; parameters that are null are left out.
 *
 * @param kind          a {@link StepKind} name
 * @param columns       the columns the step works on (all kinds but INTERACTION)
 * @param strategy      IMPUTE: an {@link ImputeStrategy} name, default MEAN
 * @param constant      IMPUTE CONSTANT: the fill value, as a field of the file would spell it
 * @param addIndicator  IMPUTE: also add {@code <col>_missing}, 1 where the value was missing; default false
 * @param method        CAP: a {@link CapMethod} (default IQR); SCALE: a {@link ScaleMethod} (default
 *                      STANDARD); BIN: a {@link BinMethod} (default QUANTILE)
 * @param k             CAP IQR: fence distance in IQRs, default {@value #DEFAULT_IQR_K}
 * @param lower         CAP PERCENTILE: lower quantile in [0, 1)
 * @param upper         CAP PERCENTILE: upper quantile in (lower, 1]
 * @param handleUnknown ONE_HOT: an {@link UnknownCategories} name, default IGNORE
 * @param maxCategories ONE_HOT: indicators kept per column, the most frequent; rarer categories
 *                      share {@code <col>=__other__}; default {@value #DEFAULT_MAX_CATEGORIES}
 * @param order         ORDINAL: the categories in order (0, 1, …); absent: learnt from the train rows
 * @param target        TARGET_ENCODE: the target column (numeric, or boolean / 0-1)
 * @param smoothing     TARGET_ENCODE: weight m of the global mean, in rows; default {@value #DEFAULT_SMOOTHING}
 * @param bins          BIN: number of bins, default {@value #DEFAULT_BINS}
 * @param pairs         INTERACTION: pairs {@code [a, b]} of numeric columns; each adds {@code <a>*<b>}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StepSpec(String kind, List<String> columns, String strategy, String constant, Boolean addIndicator,
                       String method, Double k, Double lower, Double upper, String handleUnknown,
                       Integer maxCategories, List<String> order, String target, Double smoothing, Integer bins,
                       List<List<String>> pairs) {

    /** Tukey's fences. */
    public static final double DEFAULT_IQR_K = 1.5;
    /** Enough for most nominal columns; beyond it one-hot vectors grow without adding signal. */
    public static final int DEFAULT_MAX_CATEGORIES = 50;
    /** The prior counts as ten rows: a category seen fewer times leans towards the global mean. */
    public static final double DEFAULT_SMOOTHING = 10;
    /** scikit-learn's KBinsDiscretizer default. */
    public static final int DEFAULT_BINS = 5;

    public StepSpec {
        columns = copy(columns);
        order = copy(order);
        pairs = pairs == null ? null : Collections.unmodifiableList(pairs.stream().map(StepSpec::copy).toList());
    }

    public static StepSpec impute(ImputeStrategy strategy, boolean addIndicator, String... columns) {
        return of(StepKind.IMPUTE, columns).with("strategy", strategy.name()).with("addIndicator", addIndicator);
    }

    public static StepSpec imputeConstant(String constant, boolean addIndicator, String... columns) {
        return impute(ImputeStrategy.CONSTANT, addIndicator, columns).with("constant", constant);
    }

    public static StepSpec capIqr(double k, String... columns) {
        return of(StepKind.CAP, columns).with("method", CapMethod.IQR.name()).with("k", k);
    }

    public static StepSpec capPercentile(double lower, double upper, String... columns) {
        return of(StepKind.CAP, columns).with("method", CapMethod.PERCENTILE.name()).with("lower", lower)
                .with("upper", upper);
    }

    public static StepSpec scale(ScaleMethod method, String... columns) {
        return of(StepKind.SCALE, columns).with("method", method.name());
    }

    public static StepSpec oneHot(UnknownCategories handleUnknown, int maxCategories, String... columns) {
        return of(StepKind.ONE_HOT, columns).with("handleUnknown", handleUnknown.name())
                .with("maxCategories", maxCategories);
    }

    /** ORDINAL with the order learnt from the train rows if {@code order} is null. */
    public static StepSpec ordinal(List<String> order, String... columns) {
        return of(StepKind.ORDINAL, columns).with("order", order);
    }

    public static StepSpec targetEncode(String target, double smoothing, String... columns) {
        return of(StepKind.TARGET_ENCODE, columns).with("target", target).with("smoothing", smoothing);
    }

    public static StepSpec log(String... columns) {
        return of(StepKind.LOG, columns);
    }

    public static StepSpec boxCox(String... columns) {
        return of(StepKind.BOX_COX, columns);
    }

    public static StepSpec bin(int bins, BinMethod method, String... columns) {
        return of(StepKind.BIN, columns).with("bins", bins).with("method", method.name());
    }

    public static StepSpec interaction(List<List<String>> pairs) {
        return new StepSpec(StepKind.INTERACTION.name(), null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, pairs);
    }

    public static StepSpec drop(String... columns) {
        return of(StepKind.DROP, columns);
    }

    /** The parameters other than kind, columns and pairs that are given (non-null), by JSON name. */
    Map<String, Object> givenParameters() {
        Map<String, Object> given = new LinkedHashMap<>();
        Object[] values = {strategy, constant, addIndicator, method, k, lower, upper, handleUnknown, maxCategories,
                order, target, smoothing, bins};
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                given.put(PARAMETER_NAMES.get(i), values[i]);
            }
        }
        return given;
    }

    private static final List<String> PARAMETER_NAMES = List.of("strategy", "constant", "addIndicator", "method",
            "k", "lower", "upper", "handleUnknown", "maxCategories", "order", "target", "smoothing", "bins");

    private static StepSpec of(StepKind kind, String... columns) {
        return new StepSpec(kind.name(), Arrays.asList(columns), null, null, null, null, null, null, null, null,
                null, null, null, null, null, null);
    }

    /** A copy with one parameter set; only the factories use it, so names are the record's own. */
    private StepSpec with(String name, Object value) {
        return new StepSpec(kind, columns, pick(name, "strategy", value, strategy),
                pick(name, "constant", value, constant), pick(name, "addIndicator", value, addIndicator),
                pick(name, "method", value, method), pick(name, "k", value, k), pick(name, "lower", value, lower),
                pick(name, "upper", value, upper), pick(name, "handleUnknown", value, handleUnknown),
                pick(name, "maxCategories", value, maxCategories), pick(name, "order", value, order),
                pick(name, "target", value, target), pick(name, "smoothing", value, smoothing),
                pick(name, "bins", value, bins), pairs);
    }

    @SuppressWarnings("unchecked")
    private static <T> T pick(String name, String field, Object value, T current) {
        return name.equals(field) ? (T) value : current;
    }

    /** Unmodifiable, null elements kept (they are the user's error, reported by check). */
    private static <T> List<T> copy(List<T> list) {
        return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
