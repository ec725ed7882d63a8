/**
 * Hyperparameter tuning and architecture search as pure decisions, shaped after Optuna: a
 * {@link io.charter.scheduler.tuning.Sampler} suggests a {@link io.charter.scheduler.tuning.Trial}'s
 * parameters from the study's history, a {@link io.charter.scheduler.tuning.Pruner} decides from
 * intermediate values whether a trial stops, {@link io.charter.scheduler.tuning.Pareto} gives the
 * non-dominated trials of a multi-objective study, and {@link io.charter.scheduler.tuning.StudySimulator}
 * runs a whole study in memory for tests and benchmarks. Sub-packages: {@code space} (search spaces),
 * {@code sampler} (grid, random, TPE), {@code pruner} (median, successive halving, ASHA, Hyperband),
 * {@code nas} (architectures, random search, regularized evolution). Randomness comes only from
 * {@link io.charter.scheduler.tuning.Seeds}: the same seed and history give the same suggestion.
 */
package io.charter.scheduler.tuning;
