package io.charter.governance.data.profile;

import java.util.List;

/**
 * The exploratory profile of one dataset version (seed §3.2, EDA): per-column summaries,
 * correlations, duplicates, target balance and representation of protected groups, with warnings.
 * Built by {@link DatasetProfiler}; every field is JSON-safe (no NaN; {@code null} means "not
 * applicable").
 *
 * @param rows                  data rows (header excluded)
 * @param columnCount           columns
 * @param columns               one result per column, in file order
 * @param pearson               Pearson's r between INTEGER/NUMERIC columns
 * @param cramersV              Cramér's (1946) V with Bergsma's (2013) bias correction between
 *                              CATEGORICAL/BOOLEAN columns, on a reservoir sample of rows (Vitter 1985)
 * @param duplicateRowsEstimate rows that repeat an earlier row exactly (estimate)
 * @param duplicateRowsMethod   how {@code duplicateRowsEstimate} was obtained and its error
 * @param target                balance of the target column; null if the request names none
 * @param representation        one entry per declared group of each protected attribute
 * @param warnings              findings to look at before training
 * @param sampleNote            which statistics used a sample rather than every row
 */
public record DatasetProfile(long rows, int columnCount, List<ColumnProfileResult> columns,
                             CorrelationMatrix pearson, CorrelationMatrix cramersV, Long duplicateRowsEstimate,
                             String duplicateRowsMethod, TargetBalance target,
                             List<GroupRepresentation> representation, List<Warning> warnings, String sampleNote) {
}
