/**
 * Evaluates a trained model on a role's rows with governance's evaluation code: the task's
 * metrics, fairness per protected attribute and error slices over the raw input columns.
 */
package io.charter.worker.eval;
