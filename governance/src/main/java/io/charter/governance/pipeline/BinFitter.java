package io.charter.governance.pipeline;

import java.util.ArrayList;
import java.util.List;

/** Fits BIN edges per column: from the train minimum and maximum (UNIFORM) or quantiles (QUANTILE). */
final class BinFitter extends NumericFitter {

    private final BinMethod method;
    private final int bins;

    BinFitter(BinMethod method, int bins, StepColumns columns) {
        super(StepKind.BIN, columns, method == BinMethod.QUANTILE);
        this.method = method;
        this.bins = bins;
    }

    @Override
    FittedStep fitted() {
        List<FittedBin.Edges> edges = new ArrayList<>();
        for (int j = 0; j < columns.size(); j++) {
            edges.add(new FittedBin.Edges(columns.name(j), edges(j)));
        }
        return new FittedBin(method, edges);
    }

    /** bins + 1 edges, duplicates merged; [c, c] for a constant column. */
    private List<Double> edges(int j) {
        List<Double> edges = new ArrayList<>();
        for (int i = 0; i <= bins; i++) {
            double edge = switch (method) {
                case UNIFORM -> i == bins ? moments(j).max()
                        : moments(j).min() + i * (moments(j).max() - moments(j).min()) / bins;
                case QUANTILE -> quantiles(j).quantile((double) i / bins);
            };
            if (edges.isEmpty() || edge > edges.get(edges.size() - 1)) {
                edges.add(edge);
            }
        }
        if (edges.size() == 1) {
            edges.add(edges.get(0));
        }
        return edges;
    }
}
