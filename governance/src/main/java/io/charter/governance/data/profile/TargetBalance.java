package io.charter.governance.data.profile;

import io.charter.governance.data.ColumnType;
import java.util.List;
import java.util.Map;

/**
 * The distribution of the prediction target, so that class imbalance is seen before training.
 *
 * <p>A target has <em>classes</em> when it is CATEGORICAL, BOOLEAN or TEXT, or INTEGER with only the
 * values 0 and 1 (the usual encoding of a binary label, which the scanner types INTEGER). Class
 * counts are exact up to 1,000 classes; a target with more has
 * {@code classes} and {@code positiveClass} null. Other numeric targets are regression targets and
 * get {@code quantiles} (KLL estimates, as in {@link ColumnProfileResult}) instead.
 *
 * @param column        the target column
 * @param type          its type
 * @param classes       every class with its count and share of non-missing target values, most
 *                      frequent first (BOOLEAN and 0/1 targets list both classes, even if one is absent)
 * @param positiveClass the class fairness rates are computed for: "true" for BOOLEAN, "1" for 0/1
 *                      INTEGER, otherwise the minority class (least frequent, ties by name)
 * @param positiveShare share of {@code positiveClass} among non-missing target values
 * @param quantiles     p01…p99 of a numeric (regression) target, else null
 */
public record TargetBalance(String column, ColumnType type, List<CategoryCount> classes, String positiveClass,
                            Double positiveShare, Map<String, Double> quantiles) {
}
