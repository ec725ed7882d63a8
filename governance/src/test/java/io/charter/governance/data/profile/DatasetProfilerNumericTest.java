package io.charter.governance.data.profile;

import static io.charter.governance.data.profile.ProfileFixtures.cell;
import static io.charter.governance.data.profile.ProfileFixtures.column;
import static io.charter.governance.data.profile.ProfileFixtures.columns;
import static io.charter.governance.data.profile.ProfileFixtures.matrixValue;
import static io.charter.governance.data.profile.ProfileFixtures.present;
import static io.charter.governance.data.profile.ProfileFixtures.profile;
import static io.charter.governance.data.profile.ProfileFixtures.rank;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Numeric columns: exact statistics equal plain-loop references, sketch statistics stay within the
 * KLL error bound of {@link SketchSettings}, Pearson's r equals a two-pass computation.
 */
class DatasetProfilerNumericTest {

    private static final int ROWS = 50_000;
    private static final List<Double> X = new ArrayList<>();
    private static final List<Double> Y = new ArrayList<>();
    private static final List<Double> Z = new ArrayList<>();
    private static DatasetProfile profile;

    /** x ~ N(1000, 10) with 10% missing, y = 3x + noise with 5% missing, z a skewed integer with zeros. */
    @BeforeAll
    static void profileGeneratedFile() throws Exception {
        Random random = new Random(42);
        StringBuilder csv = new StringBuilder("x,y,z,flat\n");
        for (int i = 0; i < ROWS; i++) {
            double x = 1000 + 10 * random.nextGaussian();
            double y = 3 * x + 5 * random.nextGaussian();
            X.add(random.nextDouble() < 0.10 ? null : x);
            Y.add(random.nextDouble() < 0.05 ? null : y);
            Z.add((double) (long) Math.floor(Math.exp(2 * random.nextGaussian())));
            csv.append(cell(X.get(i))).append(',').append(cell(Y.get(i))).append(',')
                    .append(Z.get(i).longValue()).append(",7\n");
        }
        profile = profile(csv.toString(), ProfileRequest.of(columns("x:NUMERIC", "y:NUMERIC", "z:INTEGER",
                "flat:INTEGER")));
    }

    @Test
    void shouldReportExactCountsExtremesMeanAndStd() {
        for (var entry : Map.of("x", X, "y", Y, "z", Z).entrySet()) {
            double[] values = present(entry.getValue());
            ColumnProfileResult c = column(profile, entry.getKey());
            assertThat(c.count()).isEqualTo(values.length);
            assertThat(c.missing()).isEqualTo(ROWS - values.length);
            assertThat(c.missingPct()).isCloseTo(100.0 * (ROWS - values.length) / ROWS, within(1e-12));
            assertThat(c.min()).isEqualTo(Arrays.stream(values).min().orElseThrow());
            assertThat(c.max()).isEqualTo(Arrays.stream(values).max().orElseThrow());
            assertThat(c.mean()).isCloseTo(ProfileFixtures.mean(values), withinPercentage(1e-7));
            assertThat(c.std()).isCloseTo(ProfileFixtures.std(values), withinPercentage(1e-7));
        }
    }

    @Test
    void shouldCountZerosExactly() {
        long zeros = Z.stream().filter(v -> v == 0).count();

        assertThat(zeros).isPositive();
        assertThat(column(profile, "z").zeros()).isEqualTo(zeros);
    }

    @Test
    void shouldEstimateEveryQuantileWithinTheKllRankError() {
        double[] sorted = present(X);
        Arrays.sort(sorted);
        double eps = SketchSettings.KLL_RANK_ERROR;
        Map<String, Double> levels = Map.of("p01", 0.01, "p05", 0.05, "p25", 0.25, "p50", 0.5, "p75", 0.75,
                "p95", 0.95, "p99", 0.99);
        Map<String, Double> quantiles = column(profile, "x").quantiles();

        assertThat(quantiles.keySet()).containsExactly("p01", "p05", "p25", "p50", "p75", "p95", "p99");
        levels.forEach((name, level) -> {
            double q = quantiles.get(name);
            assertThat(rank(sorted, q, true)).as(name).isGreaterThanOrEqualTo(level - eps);
            assertThat(rank(sorted, q, false)).as(name).isLessThanOrEqualTo(level + eps);
        });
    }

    @Test
    void shouldSpanTwentyEqualBinsWhoseCountsAreWithinTheKllBinError() {
        double[] values = present(X);
        Histogram h = column(profile, "x").histogram();
        double tolerance = SketchSettings.KLL_PMF_ERROR * values.length;

        assertThat(h.counts()).hasSize(20);
        assertThat(h.edges()).hasSize(21).startsWith(column(profile, "x").min()).endsWith(column(profile, "x").max());
        assertThat(h.counts().stream().mapToLong(Long::longValue).sum()).isEqualTo(values.length);
        for (int b = 0; b < 20; b++) {
            double low = h.edges().get(b);
            double high = h.edges().get(b + 1);
            boolean first = b == 0;
            long exact = Arrays.stream(values).filter(v -> (first ? v >= low : v > low) && v <= high).count();
            assertThat((double) h.counts().get(b)).as("bin " + b).isCloseTo(exact, within(tolerance));
        }
    }

    @Test
    void shouldCountOutliersWithinTheKllRankErrorOfTheirFences() {
        ColumnProfileResult c = column(profile, "z");
        double[] values = present(Z);
        double q1 = c.quantiles().get("p25");
        double q3 = c.quantiles().get("p75");
        double lowFence = q1 - 1.5 * (q3 - q1);
        double highFence = q3 + 1.5 * (q3 - q1);
        long iqr = Arrays.stream(values).filter(v -> v < lowFence || v > highFence).count();
        long z = Arrays.stream(values).filter(v -> Math.abs(v - c.mean()) > 3 * c.std()).count();
        double tolerance = 2 * SketchSettings.KLL_RANK_ERROR * values.length;

        assertThat(iqr).isPositive();
        assertThat((double) c.outliersIqr()).isCloseTo(iqr, within(tolerance));
        assertThat((double) c.outliersZ()).isCloseTo(z, within(tolerance));
        assertThat(c.skewness()).isGreaterThan(2);
    }

    @Test
    void shouldMatchTwoPassPearsonOverPairwiseCompleteRows() {
        CorrelationMatrix pearson = profile.pearson();

        assertThat(pearson.columns()).containsExactly("x", "y", "z", "flat");
        assertThat(pearson.rowsUsed()).isEqualTo(ROWS);
        assertThat(matrixValue(pearson, "x", "y")).isCloseTo(ProfileFixtures.pearson(X, Y), within(1e-9));
        assertThat(matrixValue(pearson, "y", "x")).isEqualTo(matrixValue(pearson, "x", "y"));
        assertThat(matrixValue(pearson, "x", "z")).isCloseTo(ProfileFixtures.pearson(X, Z), within(1e-9));
        assertThat(matrixValue(pearson, "x", "x")).isEqualTo(1.0);
    }

    @Test
    void shouldSayEveryStatisticUsesAllRowsWhenThereIsNothingToSample() {
        assertThat(profile.cramersV().columns()).isEmpty();
        assertThat(profile.cramersV().method()).contains("no CATEGORICAL or BOOLEAN columns");
        assertThat(profile.sampleNote()).startsWith("Every statistic uses all 50000 rows");
    }

    @Test
    void shouldLeavePearsonUndefinedForAConstantColumn() {
        assertThat(matrixValue(profile.pearson(), "flat", "x")).isNull();
        assertThat(matrixValue(profile.pearson(), "flat", "flat")).isNull();
        assertThat(column(profile, "flat").std()).isZero();
        assertThat(column(profile, "flat").skewness()).isNull();
        assertThat(column(profile, "flat").histogram().counts()).containsExactly((long) ROWS);
    }

    @Test
    void shouldGiveExactQuantilesAndOutliersWhileTheSketchHoldsEveryValue() throws Exception {
        String csv = "v\n" + String.join("\n", IntStream.rangeClosed(1, 20).mapToObj(Integer::toString).toList())
                + "\n1000\n";

        ColumnProfileResult c = column(profile(csv, ProfileRequest.of(columns("v:INTEGER"))), "v");

        assertThat(c.quantiles()).containsEntry("p25", 6.0).containsEntry("p50", 11.0).containsEntry("p75", 16.0);
        assertThat(c.outliersIqr()).isEqualTo(1);
        assertThat(c.outliersZ()).isEqualTo(1);
        assertThat(c.distinctEstimate()).isEqualTo(21);
    }

    @Test
    void shouldCapPearsonAtSixtyColumnsAndSaySo() throws Exception {
        List<String> names = IntStream.range(0, 61).mapToObj(i -> "c" + i).toList();
        String header = String.join(",", names);
        String row = String.join(",", IntStream.range(0, 61).mapToObj(Integer::toString).toList());
        String row2 = String.join(",", IntStream.range(0, 61).mapToObj(i -> Integer.toString(i * i)).toList());

        DatasetProfile p = profile(header + "\n" + row + "\n" + row2 + "\n", ProfileRequest.of(
                names.stream().map(n -> new ColumnSpec(n, io.charter.governance.data.ColumnType.INTEGER)).toList()));

        assertThat(p.pearson().columns()).hasSize(60).doesNotContain("c60");
        assertThat(p.pearson().method()).contains("capped at the first 60 of 61 numeric columns");
        assertThat(p.columns()).hasSize(61);
    }
}
