/**
 * Pruners: {@link io.charter.scheduler.tuning.pruner.NopPruner},
 * {@link io.charter.scheduler.tuning.pruner.MedianPruner},
 * {@link io.charter.scheduler.tuning.pruner.SuccessiveHalvingPruner} (Optuna's asynchronous SH),
 * {@link io.charter.scheduler.tuning.pruner.AshaPruner} (ASHA with pausing and promotion) and
 * {@link io.charter.scheduler.tuning.pruner.HyperbandPruner}; the rung arithmetic they share is in
 * {@link io.charter.scheduler.tuning.pruner.RungSchedule}. Pure functions of the trials: a rung's
 * values are read from the intermediate values, nothing is stored.
 */
package io.charter.scheduler.tuning.pruner;
