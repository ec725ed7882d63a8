package io.charter.worker.data;

import io.charter.governance.data.Values;
import io.charter.governance.eval.TaskType;
import io.charter.worker.training.Samples;

/**
 * Samples for training from a role's rows: class indexes for classification, numbers for
 * regression, no labels for clustering (docs/worker-protocol.md, "Spec").
 */
public final class SampleBuilder {

    private SampleBuilder() {
    }

    /**
     * @param encoding the classes (classification only, else null)
     * @param target   the raw target column (not read for clustering)
     */
    public static Samples build(RoleRows rows, TaskType task, LabelEncoding encoding, String target) {
        return switch (task) {
            case BINARY_CLASSIFICATION, MULTICLASS_CLASSIFICATION ->
                    Samples.classification(rows.x(), encoding.encode(rows.column(target), target));
            case REGRESSION -> Samples.regression(rows.x(), numbers(rows.column(target), target));
            case CLUSTERING -> Samples.unlabeled(rows.x());
            case RANKING -> throw new BadDataException("the worker does not train RANKING tasks");
        };
    }

    /**
     * The regression targets.
     *
     * @throws BadDataException naming the first value that is missing or not a finite number
     */
    public static double[] numbers(String[] raw, String column) {
        double[] out = new double[raw.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = Values.number(Values.clean(raw[i]));
            if (Double.isNaN(out[i])) {
                throw new BadDataException("target column \"" + column + "\" must hold a number in every row, but row "
                        + (i + 1) + " of the split's rows holds \"" + raw[i] + "\"");
            }
        }
        return out;
    }
}
