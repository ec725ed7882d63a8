/**
 * Search spaces of hyperparameter studies: {@link io.charter.scheduler.tuning.space.SearchSpace}
 * of {@link io.charter.scheduler.tuning.space.ParamSpec}s (float, int, categorical, each optionally
 * conditional), parsed from JSON and validated with errors that name the parameter
 * ({@link io.charter.scheduler.tuning.space.SearchSpaceException}). Shaped after Optuna's
 * distributions.
 */
package io.charter.scheduler.tuning.space;
