package io.charter.bench;

import io.charter.governance.data.CsvOptions;
import io.charter.governance.data.CsvScanner;
import io.charter.governance.data.CsvSummary;
import java.io.BufferedInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** The upload's acceptance scan alone on a file, as a floor for the upload benchmark (not a test). */
public final class ScanBench {

    private ScanBench() {
    }

    public static void main(String[] args) throws Exception {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(Path.of(args[0])), 1 << 20)) {
            CsvSummary summary = CsvScanner.scan(in, CsvOptions.defaults());
            System.out.println("rows=" + summary.rows() + " columns=" + summary.columns().size());
        }
    }
}
