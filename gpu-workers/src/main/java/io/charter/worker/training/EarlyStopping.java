package io.charter.worker.training;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * Patience-based early stopping on a validation score where lower is better (a loss): stop once
 * {@code patience} steps in a row have not improved on the best score. Mutable, one per training;
 * its state is part of a checkpoint so a resumed run stops exactly where the uninterrupted one would.
 */
public final class EarlyStopping {

    private final int patience;
    private double best = Double.POSITIVE_INFINITY;
    private int bestStep;
    private int sinceBest;

    /** @param patience steps without improvement before stopping; 0 never stops */
    public EarlyStopping(int patience) {
        this.patience = patience;
    }

    /**
     * Records the score after step {@code step} (1-based).
     *
     * @return true if training should stop now
     */
    public boolean record(int step, double score) {
        if (score < best) {
            best = score;
            bestStep = step;
            sinceBest = 0;
        } else {
            sinceBest++;
        }
        return patience > 0 && sinceBest >= patience;
    }

    /** True if the last recorded step is the best so far. */
    public boolean improvedLast() {
        return sinceBest == 0 && bestStep > 0;
    }

    /** The 1-based step with the lowest score, or 0 if none was recorded. */
    public int bestStep() {
        return bestStep;
    }

    public double best() {
        return best;
    }

    public void write(DataOutputStream out) throws IOException {
        out.writeInt(patience);
        out.writeDouble(best);
        out.writeInt(bestStep);
        out.writeInt(sinceBest);
    }

    public static EarlyStopping read(DataInputStream in) throws IOException {
        EarlyStopping stopping = new EarlyStopping(in.readInt());
        stopping.best = in.readDouble();
        stopping.bestStep = in.readInt();
        stopping.sinceBest = in.readInt();
        return stopping;
    }
}
