/**
 * Preprocessing pipelines (seed §3.3–3.4): imputation, outlier capping, scaling, categorical
 * encodings, log / Box-Cox transforms, binning, interactions and drops, written as a versioned
 * JSON {@link io.charter.governance.pipeline.PipelineSpec}, fitted on the train rows only
 * ({@link io.charter.governance.pipeline.PipelineFitter}, the leakage guard of seed §6.1) into a
 * JSON {@link io.charter.governance.pipeline.FittedPipeline} that training and serving apply
 * identically.
 *
 * <p>Data flows {@code spec → PipelineSpecs.check (problems with paths) → PipelineFitter: per step,
 * one pass over the train rows of a RowSource, each row run through the steps fitted so far
 * (Program of RowOps over WorkRow slots) into the step's StepFitter → FittedStep → FittedPipeline
 * (JSON) → transform(row) → double[]}.
 *
 * <p>Conventions: a field is read as {@link io.charter.governance.data.Values} reads it (trimmed,
 * the scanner's missing values); as a number, true/yes is 1 and false/no 0. Missing stays NaN unless
 * imputed. Rows in messages count data rows from 1, as {@link io.charter.governance.data.CsvRows}
 * does; {@link io.charter.governance.data.RowHandler} indexes (and the train predicate) count from 0.
 * Quantiles (median, IQR, percentiles, quantile bins) are exact up to
 * {@code Quantiles.EXACT_UP_TO} = 400 train values per column and within 0.7% in rank beyond
 * (KLL, k = 400); category counts are exact up to
 * {@link io.charter.governance.pipeline.PipelineSpecs#TRACKED_CATEGORIES} distinct values.
 */
package io.charter.governance.pipeline;
