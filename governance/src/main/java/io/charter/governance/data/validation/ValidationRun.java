package io.charter.governance.data.validation;

import io.charter.governance.data.RowHandler;
import io.charter.governance.data.Values;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * The state of one validation pass: a {@link ColumnCheck} per column rule whose column the version
 * has. Each row's fields that some rule reads are cleaned once and offered to those checks; the
 * row count, and the rules whose column is absent, are decided at the end.
 */
final class ValidationRun implements RowHandler {

    private final List<ValidationRule> rules;
    private final List<String> header;
    private final LongConsumer progress;
    /** By rule: its check, or null for ROW_COUNT and for a column the version lacks. */
    private final ColumnCheck[] checks;
    /** By rule: the header position of its column, or -1. */
    private final int[] columnOf;
    /** The header positions some rule reads, each once. */
    private final int[] readColumns;
    /** By header position: the current row's cleaned value, for the columns in {@link #readColumns}. */
    private final String[] values;
    private long rows;

    ValidationRun(List<ValidationRule> rules, List<String> header, LongConsumer progress) {
        this.rules = rules;
        this.header = header;
        this.progress = progress;
        checks = new ColumnCheck[rules.size()];
        columnOf = new int[rules.size()];
        for (int i = 0; i < rules.size(); i++) {
            ValidationRule rule = rules.get(i);
            columnOf[i] = rule.kind() == RuleKind.ROW_COUNT ? -1 : header.indexOf(rule.column().strip());
            checks[i] = columnOf[i] < 0 ? null : ColumnCheck.of(rule);
        }
        readColumns = Arrays.stream(columnOf).filter(c -> c >= 0).distinct().toArray();
        values = new String[header.size()];
    }

    @Override
    public void accept(long row, String[] fields) {
        rows++;
        for (int c : readColumns) {
            values[c] = Values.clean(fields[c]);
        }
        for (int i = 0; i < checks.length; i++) {
            if (checks[i] != null) {
                checks[i].accept(row, fields[columnOf[i]], values[columnOf[i]]);
            }
        }
        if (rows % DatasetValidator.PROGRESS_INTERVAL_ROWS == 0) {
            progress.accept(rows);
        }
    }

    ValidationReport finish() {
        progress.accept(rows);
        List<RuleResult> results = new ArrayList<>(rules.size());
        for (int i = 0; i < rules.size(); i++) {
            ValidationRule rule = rules.get(i);
            if (checks[i] != null) {
                results.add(checks[i].result(i, rows));
            } else if (rule.kind() == RuleKind.ROW_COUNT) {
                results.add(rowCount(i, rule));
            } else {
                results.add(new RuleResult(i, rule, false, 0, 0, null, List.of(), "this version has no column "
                        + Wording.quote(rule.column().strip()) + "; its columns are " + Wording.columns(header)));
            }
        }
        return new ValidationReport(rows, results.stream().allMatch(RuleResult::passed), results);
    }

    private RuleResult rowCount(int index, ValidationRule rule) {
        boolean passed = (rule.min() == null || rows >= rule.min()) && (rule.max() == null || rows <= rule.max());
        String message = Wording.count(rows) + (rows == 1 ? " row, " : " rows, ")
                + (passed ? Wording.within(rule.min(), rule.max()) : Wording.outside(rule.min(), rule.max()));
        return new RuleResult(index, rule, passed, 1, passed ? 0 : 1, (double) rows, List.of(), message);
    }
}
