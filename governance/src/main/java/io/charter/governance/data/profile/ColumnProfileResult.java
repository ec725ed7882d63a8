package io.charter.governance.data.profile;

import io.charter.governance.data.ColumnType;
import java.util.List;
import java.util.Map;

/**
 * The profile of one column (seed §3.2, "computing summary statistics"). Fields that do not apply
 * to the column's type are {@code null}, never NaN.
 *
 * <p><b>By type.</b> INTEGER and NUMERIC columns get every numeric field. CATEGORICAL, BOOLEAN and
 * TEXT columns get counts, the distinct estimate and {@code topCategories}. ID and DATETIME columns
 * get counts and the distinct estimate only: an identifier has no distribution worth showing, and
 * a date range needs a date-time parser the acceptance scan keeps package-private (see the package
 * documentation).
 *
 * <p><b>Exact.</b> {@code count}, {@code missing}, {@code min}, {@code max}, {@code zeros}, and
 * {@code mean}, {@code std} and {@code skewness} from Welford's (1962) running moments, extended
 * to the third moment as in Pébay (2008), which stay accurate where the textbook sum-of-squares
 * formula cancels catastrophically.
 *
 * <p><b>Estimated.</b> {@code quantiles}, {@code histogram} counts and both outlier counts come
 * from a KLL quantile sketch (Karnin, Lang &amp; Liberty 2016; Apache DataSketches
 * {@code KllDoublesSketch}, k = {@value SketchSettings#KLL_K}) whose normalized rank error is at
 * most {@link SketchSettings#KLL_RANK_ERROR} (99% confidence) for one rank query and
 * {@link SketchSettings#KLL_PMF_ERROR} for a bin count, as a fraction of {@code count}; below
 * k values the sketch is exact. {@code distinctEstimate} is a HyperLogLog estimate (Flajolet et
 * al. 2007; DataSketches {@code HllSketch}, lgK = {@value SketchSettings#COLUMN_HLL_LG_K}, relative
 * standard error {@link SketchSettings#COLUMN_HLL_RSE}), exact for small counts. {@code topCategories}
 * come from a frequent-items sketch (Misra–Gries with DataSketches {@code ItemsSketch}), exact while
 * the column has fewer than {@link SketchSettings#EXACT_FREQUENT_ITEMS} distinct values and an upper
 * bound beyond.
 *
 * @param name             column name as in the request
 * @param type             the type the column was profiled as
 * @param count            non-missing values
 * @param missing          missing values ({@link io.charter.governance.data.CsvScanner#MISSING_VALUES})
 * @param missingPct       {@code missing} in percent of rows
 * @param distinctEstimate distinct non-missing values (numbers compared by value, text after trimming)
 * @param min              smallest value (numeric columns)
 * @param max              largest value (numeric columns)
 * @param mean             arithmetic mean (numeric columns)
 * @param std              sample standard deviation, divisor n−1 as pandas' {@code describe}; null below two values
 * @param quantiles        p01, p05, p25, p50, p75, p95, p99 (numeric columns)
 * @param histogram        {@value SketchSettings#HISTOGRAM_BINS} equal-width bins from min to max (numeric columns)
 * @param topCategories    up to {@value SketchSettings#TOP_CATEGORIES} most frequent values, share of {@code count}
 * @param zeros            values equal to zero (numeric columns)
 * @param outliersIqr      values below Q1 − 1.5·IQR or above Q3 + 1.5·IQR (Tukey's fences)
 * @param outliersZ        values farther than 3 standard deviations from the mean; null below two values
 * @param skewness         moment skewness g1 = √n·M3 / M2^1.5; null below three values or for a constant column
 */
public record ColumnProfileResult(String name, ColumnType type, long count, long missing, double missingPct,
                                  long distinctEstimate, Double min, Double max, Double mean, Double std,
                                  Map<String, Double> quantiles, Histogram histogram,
                                  List<CategoryCount> topCategories, Long zeros, Long outliersIqr,
                                  Long outliersZ, Double skewness) {
}
