package io.charter.governance.data.profile;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * Profiles a stored dataset version in one streaming pass (seed §3.2, exploratory data analysis):
 * per-column summaries, Pearson and Cramér's V correlations, duplicate rows, target balance and
 * representation of the charter's protected groups, with warnings.
 *
 * <p><b>Constant memory.</b> The server runs this as a background job over files of any length, so
 * nothing kept grows with the row count: exact running moments (Welford 1962) and extremes, a KLL
 * quantile sketch (Karnin, Lang &amp; Liberty 2016), a HyperLogLog distinct-count sketch (Flajolet
 * et al. 2007) and a frequent-items sketch per column, all from Apache DataSketches; pairwise
 * Pearson sums (quadratic in the numeric columns, at most 60); a fixed-size reservoir sample
 * (Vitter 1985) for Cramér's (1946) V; a HyperLogLog sketch of row hashes for duplicates. Memory
 * is about 20 KB per numeric column, up to a few hundred KB per categorical or text column (its
 * frequent values, cut to 200 characters), 256 KB for the row sketch, 115 KB for Pearson and
 * 4 bytes × {@code sampleRows} × categorical columns (at most 30) for the sample.
 *
 * <p><b>Input.</b> The file must be one {@link io.charter.governance.data.CsvScanner} accepted,
 * with the columns the request lists; it is read the same way (strict UTF-8, optional BOM,
 * RFC 4180). A file that no longer parses, or a value of an INTEGER/NUMERIC column that is not a
 * finite number, is an {@link IOException} whose cause, for a value, is a
 * {@link io.charter.governance.data.DataFormatException} with its row and column.
 */
public final class DatasetProfiler {

    private DatasetProfiler() {
    }

    /**
     * Reads {@code csv} to the end and profiles it. The stream is not closed: the caller opened it.
     *
     * @throws IOException              if the stream fails or its content is not the validated file
     * @throws IllegalArgumentException if the file's header is not the request's columns
     */
    public static DatasetProfile profile(InputStream csv, ProfileRequest request, ProgressListener progress)
            throws IOException {
        Objects.requireNonNull(csv, "csv");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(progress, "progress");
        ProfileRun run = new ProfileRun(request, progress);
        ProfileInput.read(csv, request.delimiter(), request.columns(), run);
        return run.finish();
    }
}
