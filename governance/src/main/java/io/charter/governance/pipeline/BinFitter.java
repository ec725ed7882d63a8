package io.charter.governance.pipeline;

import java.util.ArrayList;
import java.util.List;

/** Fits BIN edges per column: from the train minimum and maximum (UNIFORM) or quantiles (QUANTILE). */
final class BinFitter implements StepFitter {

    private final BinMethod method;
    private final int bins;
    private final StepColumns columns;
    private final NumericColumns numeric;
    private final List<Moments> moments = new ArrayList<>();
    private final List<Quantiles> quantiles = new ArrayList<>();

    BinFitter(BinMethod method, int bins, StepColumns columns) {
        this.method = method;
        this.bins = bins;
        this.columns = columns;
        this.numeric = columns.numeric(StepKind.BIN);
        for (int j = 0; j < columns.size(); j++) {
            moments.add(new Moments());
            quantiles.add(new Quantiles());
        }
    }

    @Override
    public boolean needsRows() {
        return true;
    }

    @Override
    public void accept(long row, WorkRow values, String[] fields) {
        for (int j = 0; j < columns.size(); j++) {
            double x = numeric.read(j, row, values);
            if (Double.isNaN(x)) {
                continue;
            }
            if (method == BinMethod.UNIFORM) {
                moments.get(j).add(x);
            } else {
                quantiles.get(j).add(x);
            }
        }
    }

    @Override
    public FittedStep result(long trainRows, List<SpecProblem> problems) {
        if (!numeric.check(trainRows, true, problems)) {
            return null;
        }
        List<FittedBin.Edges> edges = new ArrayList<>();
        for (int j = 0; j < columns.size(); j++) {
            edges.add(new FittedBin.Edges(columns.name(j), edges(j)));
        }
        return new FittedBin(method, edges);
    }

    /** bins + 1 edges, duplicates merged; [c, c] for a constant column. */
    private List<Double> edges(int j) {
        Moments m = moments.get(j);
        Quantiles q = quantiles.get(j);
        List<Double> edges = new ArrayList<>();
        for (int i = 0; i <= bins; i++) {
            double edge = switch (method) {
                case UNIFORM -> i == bins ? m.max() : m.min() + i * (m.max() - m.min()) / bins;
                case QUANTILE -> q.quantile((double) i / bins);
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
