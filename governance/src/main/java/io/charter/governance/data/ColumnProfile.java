package io.charter.governance.data;

/**
 * The bounded state kept for one column while a file streams past: counts, one flag per
 * candidate type that every value so far satisfies, and a capped distinct counter. Nothing here
 * grows with the number of rows, so the scan of a multi-GB file needs memory proportional only to
 * the number of columns.
 */
final class ColumnProfile {

    /** Below this many values every column looks unique, so uniqueness says nothing about IDs. */
    static final long MIN_VALUES_FOR_ID = 20;

    /** A handful of labels is categorical even in a small file (e.g. 12 months, 20 regions). */
    static final long CATEGORICAL_MIN_LEVELS = 20;

    /** In larger files a label must repeat ~20 times on average to count as a category, not text. */
    static final double CATEGORICAL_MAX_LEVEL_FRACTION = 0.05;

    private final String name;
    private final DistinctCounter distinct = new DistinctCounter(ColumnSummary.DISTINCT_CAP);
    private long nonMissing;
    private long missing;
    private boolean allBoolean = true;
    private boolean allInteger = true;
    private boolean allDecimal = true;
    private boolean allDateTime = true;
    private boolean allUuid = true;
    /** Strictly increasing integers are provably distinct even after the distinct counter caps. */
    private boolean integersIncreasing = true;
    private long lastInteger;

    ColumnProfile(String name) {
        this.name = name;
    }

    /** Takes one field; surrounding whitespace is ignored for both missing detection and typing. */
    void accept(String raw) {
        String v = raw.strip();
        if (ValueSyntax.isMissing(v)) {
            missing++;
            return;
        }
        distinct.add(v);
        allBoolean = allBoolean && ValueSyntax.isBoolean(v);
        if (allInteger) {
            acceptInteger(v);
        }
        allDecimal = allDecimal && ValueSyntax.isDecimal(v);
        allDateTime = allDateTime && ValueSyntax.isDateTime(v);
        allUuid = allUuid && ValueSyntax.isUuid(v);
        nonMissing++;
    }

    /** Counts values that are absent, e.g. blank lines in a one-column file. */
    void acceptMissing(long count) {
        missing += count;
    }

    private void acceptInteger(String v) {
        if (!ValueSyntax.isIntegerSyntax(v)) {
            allInteger = false;
            return;
        }
        long value;
        try {
            value = Long.parseLong(v);
        } catch (NumberFormatException beyondLongRange) {
            allInteger = false;
            return;
        }
        integersIncreasing = integersIncreasing && (nonMissing == 0 || value > lastInteger);
        lastInteger = value;
    }

    ColumnSummary summarize() {
        return new ColumnSummary(name, inferType(), nonMissing, missing, distinct.capped(), distinct.count());
    }

    /** The most specific type every value satisfies; see {@link CsvScanner} for the rules. */
    private ColumnType inferType() {
        if (nonMissing == 0) {
            return ColumnType.TEXT;
        }
        if (allBoolean) {
            return ColumnType.BOOLEAN;
        }
        boolean idLikeName = ValueSyntax.isIdLikeName(name);
        if (allInteger) {
            boolean unique = allDistinct() || integersIncreasing;
            return idLikeName && unique && nonMissing > MIN_VALUES_FOR_ID ? ColumnType.ID : ColumnType.INTEGER;
        }
        if (allDecimal) {
            return ColumnType.NUMERIC;
        }
        if (allDateTime) {
            return ColumnType.DATETIME;
        }
        if (allDistinct() && nonMissing > MIN_VALUES_FOR_ID && (idLikeName || allUuid)) {
            return ColumnType.ID;
        }
        long maxLevels = Math.max(CATEGORICAL_MIN_LEVELS, (long) (CATEGORICAL_MAX_LEVEL_FRACTION * nonMissing));
        return !distinct.capped() && distinct.count() <= maxLevels ? ColumnType.CATEGORICAL : ColumnType.TEXT;
    }

    private boolean allDistinct() {
        return !distinct.capped() && distinct.count() == nonMissing;
    }
}
