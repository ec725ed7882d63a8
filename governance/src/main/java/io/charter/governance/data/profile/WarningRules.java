package io.charter.governance.data.profile;

import io.charter.governance.data.ColumnType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The checks behind each {@link Warning} kind, as pure functions of finished results. */
final class WarningRules {

    private WarningRules() {
    }

    static List<Warning> forColumns(List<ColumnProfileResult> columns, long rows) {
        List<Warning> warnings = new ArrayList<>();
        for (ColumnProfileResult c : columns) {
            if (c.missingPct() > Warning.HIGH_MISSINGNESS_PCT) {
                warnings.add(new Warning(c.name(), Warning.HIGH_MISSINGNESS, format("%.1f%% of values are missing "
                        + "(more than %.0f%%)", c.missingPct(), Warning.HIGH_MISSINGNESS_PCT)));
            }
            if (isConstant(c)) {
                warnings.add(new Warning(c.name(), Warning.CONSTANT, "all " + c.count()
                        + " non-missing values are the same; the column carries no information"));
            }
            if (c.type() == ColumnType.CATEGORICAL && (c.distinctEstimate() > Warning.HIGH_CARDINALITY_DISTINCT
                    || c.distinctEstimate() > Warning.HIGH_CARDINALITY_ROW_SHARE * rows)) {
                warnings.add(new Warning(c.name(), Warning.HIGH_CARDINALITY, format("about %d distinct categories "
                        + "(more than %d or %.0f%% of %d rows); one-hot encoding would be wide and sparse",
                        c.distinctEstimate(), Warning.HIGH_CARDINALITY_DISTINCT,
                        100 * Warning.HIGH_CARDINALITY_ROW_SHARE, rows)));
            }
            if (c.skewness() != null && Math.abs(c.skewness()) > Warning.SKEWNESS_LIMIT) {
                warnings.add(new Warning(c.name(), Warning.SKEWED, format("skewness is %.2f (beyond ±%.0f); "
                        + "consider a log or rank transform", c.skewness(), Warning.SKEWNESS_LIMIT)));
            }
        }
        return warnings;
    }

    static List<Warning> forGroups(List<GroupRepresentation> groups, double minGroupShare) {
        return groups.stream().filter(GroupRepresentation::underRepresented)
                .map(g -> new Warning(g.column(), Warning.UNDER_REPRESENTED_GROUP, format("group \"%s\" is %.1f%% "
                        + "of rows with a value (%d rows), below the charter's minimum of %.1f%%", g.group(),
                        100 * g.share(), g.count(), 100 * minGroupShare)))
                .toList();
    }

    static List<Warning> forTarget(TargetBalance target) {
        if (target == null || target.classes() == null || target.classes().size() < 2) {
            return List.of();
        }
        CategoryCount rarest = target.classes().get(target.classes().size() - 1);
        if (rarest.share() >= Warning.MINORITY_CLASS_SHARE) {
            return List.of();
        }
        return List.of(new Warning(target.column(), Warning.IMBALANCED_TARGET, format("class \"%s\" is only "
                + "%.1f%% of target values (below %.0f%%); consider stratified splits and class weights",
                rarest.value(), 100 * rarest.share(), 100 * Warning.MINORITY_CLASS_SHARE)));
    }

    /** Numeric: min equals max. Others: one distinct value (HyperLogLog is exact at such counts). */
    private static boolean isConstant(ColumnProfileResult c) {
        if (c.count() == 0) {
            return false;
        }
        return c.min() != null ? c.min().doubleValue() == c.max() : c.distinctEstimate() == 1;
    }

    private static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
