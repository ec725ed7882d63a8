package io.charter.governance.eval;

/**
 * A feature column for error analysis, one value per evaluated row: numeric columns are sliced
 * into quantile bins, categorical ones by category ({@link ErrorSlices}).
 */
public sealed interface FeatureColumn permits FeatureColumn.Numeric, FeatureColumn.Categorical {

    String name();

    int rows();

    /** Numbers; NaN is a missing value. */
    record Numeric(String name, double[] values) implements FeatureColumn {
        @Override
        public int rows() {
            return values.length;
        }
    }

    /** Categories; null or a missing-value spelling ({@code io.charter.governance.data.Values}) is missing. */
    record Categorical(String name, String[] values) implements FeatureColumn {
        @Override
        public int rows() {
            return values.length;
        }
    }
}
