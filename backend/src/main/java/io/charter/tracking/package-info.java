/**
 * Experiment tracking (seed §4): experiments per project, runs with params, tags and metric
 * series, searchable by MLflow's filter syntax — through Charter's REST API and an MLflow
 * Tracking-compatible one at {@code /api/2.0/mlflow}, so MLflow clients work unchanged.
 */
package io.charter.tracking;
