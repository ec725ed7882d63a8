package io.charter.governance.data.profile;

import io.charter.governance.data.ColumnType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongFunction;

/** Small CSVs built in the test, exact reference statistics computed by plain loops, and lookups. */
final class ProfileFixtures {

    private ProfileFixtures() {
    }

    static DatasetProfile profile(String csv, ProfileRequest request) throws IOException {
        return DatasetProfiler.profile(utf8(csv), request, ProgressListener.NONE);
    }

    static InputStream utf8(String csv) {
        return new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8));
    }

    /** Columns from "name:TYPE" pairs, e.g. {@code columns("x:NUMERIC", "color:CATEGORICAL")}. */
    static List<ColumnSpec> columns(String... nameAndType) {
        return Arrays.stream(nameAndType).map(s -> s.split(":"))
                .map(p -> new ColumnSpec(p[0], ColumnType.valueOf(p[1]))).toList();
    }

    static ColumnProfileResult column(DatasetProfile profile, String name) {
        return profile.columns().stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no column " + name));
    }

    static Double matrixValue(CorrelationMatrix m, String a, String b) {
        return m.values().get(m.columns().indexOf(a)).get(m.columns().indexOf(b));
    }

    /** The present values of a column given as nullable doubles. */
    static double[] present(List<Double> values) {
        return values.stream().filter(v -> v != null).mapToDouble(Double::doubleValue).toArray();
    }

    static double mean(double[] v) {
        double sum = 0;
        for (double x : v) {
            sum += x;
        }
        return sum / v.length;
    }

    /** Two-pass sample standard deviation (divisor n − 1). */
    static double std(double[] v) {
        double m = mean(v);
        double sum = 0;
        for (double x : v) {
            sum += (x - m) * (x - m);
        }
        return Math.sqrt(sum / (v.length - 1));
    }

    /** Two-pass Pearson r over the rows where both are present. */
    static double pearson(List<Double> x, List<Double> y) {
        List<double[]> pairs = new ArrayList<>();
        for (int i = 0; i < x.size(); i++) {
            if (x.get(i) != null && y.get(i) != null) {
                pairs.add(new double[] {x.get(i), y.get(i)});
            }
        }
        double mx = pairs.stream().mapToDouble(p -> p[0]).average().orElseThrow();
        double my = pairs.stream().mapToDouble(p -> p[1]).average().orElseThrow();
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (double[] p : pairs) {
            sxy += (p[0] - mx) * (p[1] - my);
            sxx += (p[0] - mx) * (p[0] - mx);
            syy += (p[1] - my) * (p[1] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }

    /** Fraction of values ≤ q (inclusive) or &lt; q (exclusive). */
    static double rank(double[] sorted, double q, boolean inclusive) {
        long count = Arrays.stream(sorted).filter(v -> inclusive ? v <= q : v < q).count();
        return (double) count / sorted.length;
    }

    static String cell(Double v) {
        return v == null ? "" : Double.toString(v);
    }

    /** "header\n" then {@code rows} lines from {@code row}, generated lazily: only the current line is held. */
    static final class GeneratedCsv extends InputStream {
        private final LongFunction<String> row;
        private final long rows;
        private byte[] current;
        private int pos;
        private long next;

        GeneratedCsv(String header, long rows, LongFunction<String> row) {
            this.row = row;
            this.rows = rows;
            this.current = (header + "\n").getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (len == 0) {
                return 0;
            }
            while (pos == current.length) {
                if (next == rows) {
                    return -1;
                }
                current = row.apply(next++).getBytes(StandardCharsets.UTF_8);
                pos = 0;
            }
            int n = Math.min(len, current.length - pos);
            System.arraycopy(current, pos, b, off, n);
            pos += n;
            return n;
        }
    }
}
