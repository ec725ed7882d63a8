package io.charter.bench;

import io.charter.governance.data.ColumnSummary;
import io.charter.governance.data.CsvOptions;
import io.charter.governance.data.CsvScanner;
import io.charter.governance.data.CsvSummary;
import io.charter.governance.data.profile.ColumnSpec;
import io.charter.governance.data.profile.DatasetProfile;
import io.charter.governance.data.profile.DatasetProfiler;
import io.charter.governance.data.profile.ProfileRequest;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs what the server runs on an upload — the acceptance scan, then the profiling job — on a
 * file, and prints rows/s of each and the JVM's peak RSS. Not a test: see e2e-tests/bench/profile.
 */
public final class ProfileBench {

    private ProfileBench() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        long t0 = System.nanoTime();
        CsvSummary summary;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 20)) {
            summary = CsvScanner.scan(in, CsvOptions.defaults());
        }
        long t1 = System.nanoTime();
        List<ColumnSpec> columns = summary.columns().stream().map(c -> new ColumnSpec(c.name(), c.type())).toList();
        DatasetProfile profile;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 20)) {
            profile = DatasetProfiler.profile(in, new ProfileRequest(columns, ',', "flag0", List.of(), 0.1, 100_000),
                    rows -> { });
        }
        long t2 = System.nanoTime();
        System.out.printf("rows=%d columns=%d scan_s=%.2f scan_rows_per_s=%.0f profile_s=%.2f profile_rows_per_s=%.0f "
                        + "peak_rss_mb=%d heap_max_mb=%d%n", summary.rows(), summary.columns().size(), (t1 - t0) / 1e9,
                summary.rows() / ((t1 - t0) / 1e9), (t2 - t1) / 1e9, profile.rows() / ((t2 - t1) / 1e9), peakRssMb(),
                Runtime.getRuntime().maxMemory() >> 20);
        if (summary.columns().stream().map(ColumnSummary::name).count() != profile.columnCount()) {
            throw new IllegalStateException("scan and profile disagree on the columns");
        }
    }

    /** VmHWM: the most resident memory this process ever had. */
    private static long peakRssMb() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
            }
        }
        return -1;
    }
}
