package io.charter.governance.data.profile;

import java.util.List;

/**
 * Equal-width histogram of a numeric column between its minimum and maximum. Bin {@code i} holds
 * the values in {@code (edges[i], edges[i+1]]}; the first bin also holds the minimum. Counts are
 * estimates read off the column's KLL sketch CDF (see {@link ColumnProfileResult}); they sum to
 * the column's non-missing count exactly.
 *
 * @param edges  bin edges, one more than {@code counts}; the first is the minimum, the last the maximum
 * @param counts estimated values per bin
 */
public record Histogram(List<Double> edges, List<Long> counts) {

    public Histogram {
        edges = List.copyOf(edges);
        counts = List.copyOf(counts);
        if (edges.size() != counts.size() + 1) {
            throw new IllegalArgumentException("edges must number one more than counts (" + counts.size()
                    + "), but got " + edges.size());
        }
    }
}
