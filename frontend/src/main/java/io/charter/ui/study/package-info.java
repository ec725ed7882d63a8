/**
 * Hyperparameter-tuning studies and architecture searches in the UI: a project's studies, the
 * form that starts one, and the study page with its progress, best trial, analyses and trials.
 * Calls the study services in-process, like the training pages; links to runs are plain
 * {@code runs/<id>} addresses, and "train final model" lands on the training jobs page.
 */
package io.charter.ui.study;
