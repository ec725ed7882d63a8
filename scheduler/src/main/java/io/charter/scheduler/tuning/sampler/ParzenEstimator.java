package io.charter.scheduler.tuning.sampler;

import io.charter.scheduler.tuning.space.CategoricalParam;
import io.charter.scheduler.tuning.space.FloatParam;
import io.charter.scheduler.tuning.space.IntParam;
import io.charter.scheduler.tuning.space.ParamSpec;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * TPE's density estimate over one or more parameters (Optuna's {@code _ParzenEstimator}): a
 * mixture with one product kernel per observation plus a prior kernel. Per parameter,
 *
 * <ul>
 *   <li>numbers: a Gaussian truncated to the domain, in log space for log parameters and over
 *       {@code [low − step/2, high + step/2]} for stepped ones (whose samples are rounded to the
 *       grid and whose density is the mass of the grid cell). The prior kernel sits at the middle
 *       with σ = range. Bandwidths: {@link TpeOptions.Bandwidth}, clipped to
 *       {@code [range / min(100, 1 + kernels), range]} with the magic clip (Bergstra et al. 2013).</li>
 *   <li>categories: each kernel is the observed choice's count of 1 plus {@code priorWeight/kernels}
 *       on every choice, normalized; the prior kernel is uniform.</li>
 * </ul>
 * Kernel weights: {@link TpeOptions#weights()} of the observations (oldest first) and
 * {@code priorWeight} for the prior, normalized.
 *
 * <p>Values are passed in an internal form: the number itself, or a category's index.
 */
final class ParzenEstimator {

    private static final double EPS = 1e-12;

    private final double[] logWeights;
    private final double[] cumulative;
    private final Dimension[] dims;

    /**
     * @param params       the dimensions
     * @param observations one row per observation, oldest first, in internal form
     * @param options      bandwidth, prior and weight settings
     * @param bandwidth    the numeric bandwidth rule for this estimator
     */
    ParzenEstimator(List<ParamSpec> params, double[][] observations, TpeOptions options,
                    TpeOptions.Bandwidth bandwidth) {
        int n = observations.length;
        double[] w = new double[n + 1];
        if (n > 0) {
            double[] given = options.weights().apply(n);
            for (int i = 0; i < n; i++) {
                if (!(given[i] >= 0) || Double.isInfinite(given[i])) {
                    throw new IllegalArgumentException("weights must be finite and >= 0, but got " + given[i]);
                }
                w[i] = given[i];
            }
        }
        w[n] = options.priorWeight();
        double sum = Arrays.stream(w).sum();
        logWeights = new double[n + 1];
        cumulative = new double[n + 1];
        double acc = 0;
        for (int k = 0; k <= n; k++) {
            logWeights[k] = Math.log(w[k] / sum);
            acc += w[k] / sum;
            cumulative[k] = acc;
        }
        cumulative[n] = 1.0;
        dims = new Dimension[params.size()];
        for (int j = 0; j < dims.length; j++) {
            double[] column = new double[n];
            for (int i = 0; i < n; i++) {
                column[i] = observations[i][j];
            }
            ParamSpec p = params.get(j);
            dims[j] = p instanceof CategoricalParam c
                    ? new Categorical(c.choices().size(), column, options.priorWeight())
                    : new Numeric(p, column, options, bandwidth, params.size());
        }
    }

    /** {@code size} draws: a kernel by weight, then each dimension from that kernel. */
    double[][] sample(SplittableRandom rng, int size) {
        double[][] out = new double[size][dims.length];
        for (int i = 0; i < size; i++) {
            int k = Arrays.binarySearch(cumulative, rng.nextDouble());
            k = Math.min(k < 0 ? -k - 1 : k, cumulative.length - 1);
            for (int j = 0; j < dims.length; j++) {
                out[i][j] = dims[j].sample(k, rng);
            }
        }
        return out;
    }

    /** log density of each row. */
    double[] logPdf(double[][] x) {
        double[] out = new double[x.length];
        double[] terms = new double[logWeights.length];
        for (int i = 0; i < x.length; i++) {
            System.arraycopy(logWeights, 0, terms, 0, terms.length);
            for (int j = 0; j < dims.length; j++) {
                dims[j].addLogPdf(x[i][j], terms);
            }
            double max = Double.NEGATIVE_INFINITY;
            for (double t : terms) {
                max = Math.max(max, t);
            }
            if (max == Double.NEGATIVE_INFINITY) {
                out[i] = max;
                continue;
            }
            double s = 0;
            for (double t : terms) {
                s += Math.exp(t - max);
            }
            out[i] = max + Math.log(s);
        }
        return out;
    }

    private interface Dimension {
        double sample(int kernel, SplittableRandom rng);

        /** Adds each kernel's log density at {@code x} to {@code terms}. */
        void addLogPdf(double x, double[] terms);
    }

    private static final class Categorical implements Dimension {
        private final double[][] probs;
        private final double[][] logProbs;

        Categorical(int choices, double[] observed, double priorWeight) {
            int kernels = observed.length + 1;
            probs = new double[kernels][choices];
            logProbs = new double[kernels][choices];
            for (int k = 0; k < kernels; k++) {
                Arrays.fill(probs[k], observed.length == 0 ? 1.0 : priorWeight / kernels);
                if (k < observed.length) {
                    probs[k][(int) observed[k]] += 1;
                }
                double sum = Arrays.stream(probs[k]).sum();
                for (int c = 0; c < choices; c++) {
                    probs[k][c] /= sum;
                    logProbs[k][c] = Math.log(probs[k][c]);
                }
            }
        }

        @Override
        public double sample(int kernel, SplittableRandom rng) {
            double u = rng.nextDouble();
            double acc = 0;
            double[] row = probs[kernel];
            for (int c = 0; c < row.length - 1; c++) {
                acc += row[c];
                if (u < acc) {
                    return c;
                }
            }
            return row.length - 1;
        }

        @Override
        public void addLogPdf(double x, double[] terms) {
            int c = (int) x;
            for (int k = 0; k < terms.length; k++) {
                terms[k] += logProbs[k][c];
            }
        }
    }

    private static final class Numeric implements Dimension {
        private final double low;
        private final double high;
        private final double step;
        private final boolean log;
        private final double lowA;
        private final double highA;
        private final double[] mu;
        private final double[] sigma;
        private final double[] logMass;
        /** −log(σ√(2π)) − log mass: the kernel's log density at its mean. */
        private final double[] logNorm;

        Numeric(ParamSpec p, double[] observed, TpeOptions options, TpeOptions.Bandwidth rule, int dimensions) {
            if (p instanceof FloatParam f) {
                low = f.low();
                high = f.high();
                step = f.step() == null ? 0 : f.step();
                log = f.log();
            } else {
                IntParam i = (IntParam) p;
                low = i.low();
                high = i.high();
                step = i.step();
                log = i.log();
            }
            double lo = low - step / 2;
            double hi = high + step / 2;
            lowA = log ? Math.log(lo) : lo;
            highA = log ? Math.log(hi) : hi;
            int n = observed.length;
            mu = new double[n + 1];
            for (int i = 0; i < n; i++) {
                mu[i] = log ? Math.log(observed[i]) : observed[i];
            }
            double range = highA - lowA;
            sigma = new double[n + 1];
            double[] bandwidths = rule == TpeOptions.Bandwidth.SCOTT
                    ? Bandwidths.scott(n, dimensions, range)
                    : Bandwidths.neighbour(Arrays.copyOf(mu, n), lowA, highA, options.considerEndpoints());
            double minSigma = options.considerMagicClip() ? range / Math.min(100.0, 1.0 + (n + 1)) : EPS;
            for (int i = 0; i < n; i++) {
                sigma[i] = Math.max(minSigma, Math.min(range, bandwidths[i]));
            }
            mu[n] = 0.5 * (lowA + highA);
            sigma[n] = range;
            logMass = new double[n + 1];
            logNorm = new double[n + 1];
            for (int k = 0; k <= n; k++) {
                if (sigma[k] <= 0) {
                    sigma[k] = EPS;
                }
                logMass[k] = TruncatedNormal.logMass((lowA - mu[k]) / sigma[k], (highA - mu[k]) / sigma[k]);
                logNorm[k] = TruncatedNormal.logPdf(0, logMass[k]) - Math.log(sigma[k]);
            }
        }

        @Override
        public double sample(int kernel, SplittableRandom rng) {
            double m = mu[kernel];
            double s = sigma[kernel];
            double z = TruncatedNormal.ppf(rng.nextDouble(), (lowA - m) / s, (highA - m) / s);
            double x = m + s * z;
            if (log) {
                x = Math.exp(x);
            }
            if (step > 0) {
                x = low + Math.rint((x - low) / step) * step;
            }
            return Draws.clamp(x, low, high);
        }

        @Override
        public void addLogPdf(double x, double[] terms) {
            if (step > 0) {
                double left = log ? Math.log(x - step / 2) : x - step / 2;
                double right = log ? Math.log(x + step / 2) : x + step / 2;
                for (int k = 0; k < terms.length; k++) {
                    terms[k] += TruncatedNormal.logMass((left - mu[k]) / sigma[k], (right - mu[k]) / sigma[k]) - logMass[k];
                }
                return;
            }
            double y = log ? Math.log(x) : x;
            for (int k = 0; k < terms.length; k++) {
                double z = (y - mu[k]) / sigma[k];
                terms[k] += logNorm[k] - 0.5 * z * z;
            }
        }
    }
}
