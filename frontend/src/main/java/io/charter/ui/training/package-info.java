/**
 * Training jobs in the UI: a project's job table, the form that submits a TRAIN job with
 * hyperparameter fields generated from the algorithm catalog, and the job panel of a run page.
 * Depends on nothing in {@code io.charter.ui.tracking}: the run page uses this package, not the
 * other way round (links to runs are plain {@code runs/<id>} addresses).
 */
package io.charter.ui.training;
