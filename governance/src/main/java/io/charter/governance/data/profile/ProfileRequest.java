package io.charter.governance.data.profile;

import io.charter.governance.data.ColumnType;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the profiler needs to know about a stored, already validated CSV file: its columns and
 * their decided types, its delimiter, the target, and the protected attributes the project's
 * charter names.
 *
 * @param columns             the file's columns in header order
 * @param delimiter           field separator the file was accepted with
 * @param targetColumn        the prediction target, or null; must not be an ID or DATETIME column
 * @param protectedAttributes protected attributes with their declared groups (may be empty)
 * @param minGroupShare       share below which a declared group is under-represented, in [0, 1]
 * @param sampleRows          rows kept in the reservoir sample for Cramér's V; memory is about
 *                            4 bytes × sampleRows × categorical columns
 */
public record ProfileRequest(List<ColumnSpec> columns, char delimiter, String targetColumn,
                             List<ProtectedGroupSpec> protectedAttributes, double minGroupShare, int sampleRows) {

    /** A common charter threshold: a group below 10% of rows is too small to evaluate reliably. */
    public static final double DEFAULT_MIN_GROUP_SHARE = 0.1;

    /** Enough rows for stable Cramér's V over 30×30 tables; 12 MB for 30 categorical columns. */
    public static final int DEFAULT_SAMPLE_ROWS = 100_000;

    public ProfileRequest {
        columns = List.copyOf(Objects.requireNonNull(columns, "columns"));
        protectedAttributes = List.copyOf(Objects.requireNonNull(protectedAttributes, "protectedAttributes"));
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("columns must list the file's columns, but got none");
        }
        if (delimiter == '"' || delimiter == '\r' || delimiter == '\n') {
            throw new IllegalArgumentException("delimiter must be a character other than '\"', CR or LF, but got "
                    + (int) delimiter);
        }
        if (!(minGroupShare >= 0 && minGroupShare <= 1)) {
            throw new IllegalArgumentException("minGroupShare must be between 0 and 1, but got " + minGroupShare);
        }
        if (sampleRows < 1) {
            throw new IllegalArgumentException("sampleRows must be at least 1, but got " + sampleRows);
        }
        checkUniqueNames(columns);
        checkTarget(columns, targetColumn);
        for (ProtectedGroupSpec attribute : protectedAttributes) {
            find(columns, attribute.column()).orElseThrow(() -> new IllegalArgumentException(
                    "protected attribute must be one of the columns, but got \"" + attribute.column() + "\""));
        }
    }

    /** Comma-separated, no target, no protected attributes, default share and sample size. */
    public static ProfileRequest of(List<ColumnSpec> columns) {
        return new ProfileRequest(columns, ',', null, List.of(), DEFAULT_MIN_GROUP_SHARE, DEFAULT_SAMPLE_ROWS);
    }

    /** Position of the column named {@code name} (compared trimmed), or -1. */
    int indexOf(String name) {
        String key = name.strip();
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().strip().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private static Optional<ColumnSpec> find(List<ColumnSpec> columns, String name) {
        return columns.stream().filter(c -> c.name().strip().equals(name.strip())).findFirst();
    }

    private static void checkUniqueNames(List<ColumnSpec> columns) {
        Set<String> seen = new HashSet<>();
        for (ColumnSpec column : columns) {
            if (!seen.add(column.name().strip())) {
                throw new IllegalArgumentException("column names must be unique after trimming, but \""
                        + column.name().strip() + "\" appears twice");
            }
        }
    }

    private static void checkTarget(List<ColumnSpec> columns, String targetColumn) {
        if (targetColumn == null) {
            return;
        }
        ColumnSpec target = find(columns, targetColumn).orElseThrow(() -> new IllegalArgumentException(
                "targetColumn must be one of the columns, but got \"" + targetColumn + "\""));
        if (target.type() == ColumnType.ID || target.type() == ColumnType.DATETIME) {
            throw new IllegalArgumentException("targetColumn must be a CATEGORICAL, BOOLEAN, TEXT, INTEGER or "
                    + "NUMERIC column, but \"" + targetColumn + "\" is " + target.type());
        }
    }
}
