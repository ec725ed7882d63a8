package io.charter.scheduler.tuning.sampler;

import io.charter.scheduler.tuning.Direction;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.IntFunction;
import java.util.function.IntUnaryOperator;

/**
 * The settings of {@link TpeSampler}, with Optuna's {@code TPESampler} defaults
 * ({@link #defaults()}): 10 random startup trials, 24 expected-improvement candidates,
 * {@link #defaultGamma γ(n) = min(⌈0.1·n⌉, 25)}, {@link #defaultWeights Optuna's weights},
 * prior weight 1, magic clip on, endpoints off.
 *
 * <p>{@code multivariate} is off by default (Optuna ≤ 4; Optuna 5.0 turns it on for single-objective
 * studies). The joint estimator's bandwidth is Optuna 5.0's neighbour rule by default; Optuna ≤ 3's
 * Scott-like rule ({@link Bandwidth#SCOTT}) is kept as an option: on our benchmarks the neighbour
 * rule found better points (docs/benchmarks.md). {@code constantLiar} is on, as in Optuna 5.0 (off
 * before); it only matters while trials run in parallel.
 *
 * @param direction         minimize or maximize the trials' value
 * @param nStartupTrials    random suggestions until this many trials are COMPLETE or PRUNED
 * @param nEiCandidates     candidates drawn from l(x) and scored by log l(x) − log g(x)
 * @param gamma             n finished trials → how many form the "good" group
 * @param weights           n observations (oldest first) → their kernel weights
 * @param priorWeight       weight of the prior kernel (numbers) or prior counts (categories)
 * @param considerMagicClip floor every bandwidth at {@code range / min(100, 1 + kernels)}
 * @param considerEndpoints let the domain's ends count as neighbours of the outermost points
 * @param multivariate      one joint product-kernel estimator over the always-active parameters
 * @param jointBandwidth    the bandwidth rule of the joint estimator
 * @param constantLiar      RUNNING trials join the "bad" group, so parallel suggestions spread out
 * @param seed              the study seed
 */
public record TpeOptions(Direction direction, int nStartupTrials, int nEiCandidates, IntUnaryOperator gamma,
                         IntFunction<double[]> weights, double priorWeight, boolean considerMagicClip,
                         boolean considerEndpoints, boolean multivariate, Bandwidth jointBandwidth,
                         boolean constantLiar, long seed) {

    /** How a numeric kernel's width is chosen. */
    public enum Bandwidth {
        /** The larger distance to the neighbouring observations (Bergstra et al. 2011; Optuna univariate). */
        NEIGHBOUR,
        /** {@code 0.2 · n^(−1/(d+4)) · range} for every kernel, a Scott-like rule (Optuna ≤ 3 multivariate). */
        SCOTT
    }

    public TpeOptions {
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(gamma, "gamma");
        Objects.requireNonNull(weights, "weights");
        Objects.requireNonNull(jointBandwidth, "jointBandwidth");
        if (nStartupTrials < 0) {
            throw new IllegalArgumentException("nStartupTrials must be >= 0, but got " + nStartupTrials);
        }
        if (nEiCandidates < 1) {
            throw new IllegalArgumentException("nEiCandidates must be >= 1, but got " + nEiCandidates);
        }
        if (!(priorWeight > 0) || Double.isInfinite(priorWeight)) {
            throw new IllegalArgumentException("priorWeight must be a positive number, but got " + priorWeight);
        }
    }

    /** Optuna's defaults (univariate; see the class comment), minimizing, seed 0. */
    public static TpeOptions defaults() {
        return new TpeOptions(Direction.MINIMIZE, 10, 24, TpeOptions::defaultGamma, TpeOptions::defaultWeights,
                1.0, true, false, false, Bandwidth.NEIGHBOUR, true, 0L);
    }

    /** Optuna's {@code default_gamma}: {@code min(⌈0.1·n⌉, 25)}. */
    public static int defaultGamma(int n) {
        return (int) Math.min(Math.ceil(0.1 * n), 25);
    }

    /**
     * Optuna's {@code default_weights}: all 1 below 25 observations; from 25 on, the oldest
     * {@code n − 25} ramp linearly from {@code 1/n} to 1 and the newest 25 weigh 1.
     */
    public static double[] defaultWeights(int n) {
        double[] w = new double[n];
        Arrays.fill(w, 1.0);
        int ramp = n - 25;
        if (ramp > 0) {
            for (int i = 0; i < ramp; i++) {
                w[i] = ramp == 1 ? 1.0 / n : 1.0 / n + i * (1.0 - 1.0 / n) / (ramp - 1);
            }
        }
        return w;
    }

    public TpeOptions withDirection(Direction d) {
        return new TpeOptions(d, nStartupTrials, nEiCandidates, gamma, weights, priorWeight, considerMagicClip,
                considerEndpoints, multivariate, jointBandwidth, constantLiar, seed);
    }

    public TpeOptions withSeed(long s) {
        return new TpeOptions(direction, nStartupTrials, nEiCandidates, gamma, weights, priorWeight, considerMagicClip,
                considerEndpoints, multivariate, jointBandwidth, constantLiar, s);
    }

    public TpeOptions withMultivariate(boolean m) {
        return new TpeOptions(direction, nStartupTrials, nEiCandidates, gamma, weights, priorWeight, considerMagicClip,
                considerEndpoints, m, jointBandwidth, constantLiar, seed);
    }

    public TpeOptions withJointBandwidth(Bandwidth b) {
        return new TpeOptions(direction, nStartupTrials, nEiCandidates, gamma, weights, priorWeight, considerMagicClip,
                considerEndpoints, multivariate, b, constantLiar, seed);
    }

    public TpeOptions withConstantLiar(boolean c) {
        return new TpeOptions(direction, nStartupTrials, nEiCandidates, gamma, weights, priorWeight, considerMagicClip,
                considerEndpoints, multivariate, jointBandwidth, c, seed);
    }

    public TpeOptions withStartupTrials(int n) {
        return new TpeOptions(direction, n, nEiCandidates, gamma, weights, priorWeight, considerMagicClip,
                considerEndpoints, multivariate, jointBandwidth, constantLiar, seed);
    }

    public TpeOptions withEiCandidates(int n) {
        return new TpeOptions(direction, nStartupTrials, n, gamma, weights, priorWeight, considerMagicClip,
                considerEndpoints, multivariate, jointBandwidth, constantLiar, seed);
    }

    public TpeOptions withGamma(IntUnaryOperator g) {
        return new TpeOptions(direction, nStartupTrials, nEiCandidates, g, weights, priorWeight, considerMagicClip,
                considerEndpoints, multivariate, jointBandwidth, constantLiar, seed);
    }

    public TpeOptions withPriorWeight(double w) {
        return new TpeOptions(direction, nStartupTrials, nEiCandidates, gamma, weights, w, considerMagicClip,
                considerEndpoints, multivariate, jointBandwidth, constantLiar, seed);
    }

    public TpeOptions withMagicClip(boolean m) {
        return new TpeOptions(direction, nStartupTrials, nEiCandidates, gamma, weights, priorWeight, m,
                considerEndpoints, multivariate, jointBandwidth, constantLiar, seed);
    }

    public TpeOptions withEndpoints(boolean e) {
        return new TpeOptions(direction, nStartupTrials, nEiCandidates, gamma, weights, priorWeight, considerMagicClip,
                e, multivariate, jointBandwidth, constantLiar, seed);
    }
}
