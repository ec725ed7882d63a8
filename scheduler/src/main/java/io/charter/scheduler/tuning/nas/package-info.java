/**
 * Neural architecture search for the worker's DJL networks: an
 * {@link io.charter.scheduler.tuning.nas.Architecture} (hidden widths, activation, dropout, batch
 * norm, skips, optional convolution blocks) with its parameter count, the bounds of a
 * {@link io.charter.scheduler.tuning.nas.NasSpace} (also encoded as a conditional search space),
 * and two strategies that are ordinary samplers: {@link io.charter.scheduler.tuning.nas.NasRandomSearch}
 * and {@link io.charter.scheduler.tuning.nas.RegularizedEvolution} (Real et al. 2019) with a
 * scalarized multi-objective {@link io.charter.scheduler.tuning.nas.Fitness} (MnasNet's reward).
 */
package io.charter.scheduler.tuning.nas;
