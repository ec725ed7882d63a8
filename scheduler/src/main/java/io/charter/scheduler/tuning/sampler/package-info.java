/**
 * Samplers: {@link io.charter.scheduler.tuning.sampler.GridSampler},
 * {@link io.charter.scheduler.tuning.sampler.RandomSampler} and
 * {@link io.charter.scheduler.tuning.sampler.TpeSampler} (Optuna's TPE: γ split, Parzen
 * estimators with a prior and the magic clip, univariate or multivariate, constant liar). All are
 * pure functions of the space, the history, the trial number and a seed.
 */
package io.charter.scheduler.tuning.sampler;
