package io.charter.worker.eval;

import io.charter.governance.data.Values;
import io.charter.governance.eval.FeatureColumn;
import io.charter.worker.data.RoleRows;
import java.util.ArrayList;
import java.util.List;

/**
 * The raw input columns as error-analysis features: a column whose present values are all numbers
 * is sliced into quantile bins, any other by category. Slicing the raw columns (not the pipeline's
 * one-hot or scaled outputs) names slices the way users know their data.
 */
final class SliceColumns {

    private SliceColumns() {
    }

    static List<FeatureColumn> of(RoleRows rows, List<String> columns) {
        List<FeatureColumn> features = new ArrayList<>();
        for (String column : columns) {
            String[] raw = rows.column(column);
            double[] numbers = numbersOrNull(raw);
            features.add(numbers != null ? new FeatureColumn.Numeric(column, numbers)
                    : new FeatureColumn.Categorical(column, raw));
        }
        return features;
    }

    /** The numbers (NaN where missing), or null if a present value is not a number or none is present. */
    private static double[] numbersOrNull(String[] raw) {
        double[] out = new double[raw.length];
        boolean any = false;
        for (int i = 0; i < raw.length; i++) {
            String v = Values.clean(raw[i]);
            out[i] = Values.number(v);
            if (v != null && Double.isNaN(out[i])) {
                return null;
            }
            any |= v != null;
        }
        return any ? out : null;
    }
}
