package io.charter.governance.eval;

import java.util.List;

/**
 * The worst slices of an error analysis (seed §6.4), worst first.
 *
 * @param measure      ERROR_RATE (share of misclassified rows) or MEAN_ABSOLUTE_ERROR
 * @param overallError the measure over all rows, to compare each slice with
 * @param minSupport   the fewest rows a slice needed to be ranked
 * @param bins         quantile bins per numeric column
 * @param slices       the worst slices with at least {@code minSupport} rows, by error, then size
 */
public record SliceReport(Measure measure, double overallError, int minSupport, int bins, List<Slice> slices) {

    /** How a slice's error is measured. */
    public enum Measure {
        ERROR_RATE,
        MEAN_ABSOLUTE_ERROR
    }

    public SliceReport {
        slices = List.copyOf(slices);
    }
}
