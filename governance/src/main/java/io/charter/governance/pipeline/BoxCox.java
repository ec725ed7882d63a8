package io.charter.governance.pipeline;

/**
 * The Box-Cox power transform and its maximum-likelihood λ (Box &amp; Cox 1964, "An analysis of
 * transformations", JRSS B 26). For positive x, {@code y = (x^λ − 1)/λ} (ln x at λ = 0) and, under
 * the model that y is normal, the profile log-likelihood is
 * {@code −(n/2)·ln σ̂²(λ) + (λ − 1)·Σ ln x} with σ̂² the (biased) variance of y. Dividing x by its
 * geometric mean cancels the second term and leaves λ unchanged, so λ is the minimiser of the
 * variance of the transformed, normalised sample; the normalisation also keeps x^λ in range.
 * Searched on a grid over [{@value #MIN_LAMBDA}, {@value #MAX_LAMBDA}] then refined by
 * golden-section search (Kiefer 1953) around the best grid point.
 */
final class BoxCox {

    static final double MIN_LAMBDA = -5;
    static final double MAX_LAMBDA = 5;
    private static final double GRID_STEP = 0.25;
    private static final double TOLERANCE = 1e-7;
    private static final double INVERSE_PHI = (Math.sqrt(5) - 1) / 2;

    private BoxCox() {
    }

    /** The transform of {@code x}; NaN if x is not positive. */
    static double transform(double x, double lambda) {
        if (!(x > 0)) {
            return Double.NaN;
        }
        return lambda == 0 ? Math.log(x) : (Math.pow(x, lambda) - 1) / lambda;
    }

    /**
     * The maximum-likelihood λ of {@code n} positive values {@code x[0..n)}; 1 (no change of shape)
     * if they are all equal, where every λ is as likely.
     */
    static double lambda(double[] x, int n) {
        double[] logs = new double[n];
        double meanLog = 0;
        for (int i = 0; i < n; i++) {
            logs[i] = Math.log(x[i]);
            meanLog += (logs[i] - meanLog) / (i + 1);
        }
        for (int i = 0; i < n; i++) {
            logs[i] -= meanLog;
        }
        if (!(logVariance(logs, 1) > Double.NEGATIVE_INFINITY)) {
            return 1;
        }
        double best = MIN_LAMBDA;
        double bestValue = Double.POSITIVE_INFINITY;
        for (double l = MIN_LAMBDA; l <= MAX_LAMBDA + 1e-9; l += GRID_STEP) {
            double v = logVariance(logs, l);
            if (v < bestValue) {
                bestValue = v;
                best = l;
            }
        }
        return goldenSection(logs, Math.max(MIN_LAMBDA, best - GRID_STEP), Math.min(MAX_LAMBDA, best + GRID_STEP));
    }

    /** Minimises the log-variance over [a, b], where the grid says it has its minimum. */
    private static double goldenSection(double[] logs, double a, double b) {
        double c = b - INVERSE_PHI * (b - a);
        double d = a + INVERSE_PHI * (b - a);
        double fc = logVariance(logs, c);
        double fd = logVariance(logs, d);
        while (b - a > TOLERANCE) {
            if (fc < fd) {
                b = d;
                d = c;
                fd = fc;
                c = b - INVERSE_PHI * (b - a);
                fc = logVariance(logs, c);
            } else {
                a = c;
                c = d;
                fc = fd;
                d = a + INVERSE_PHI * (b - a);
                fd = logVariance(logs, d);
            }
        }
        return (a + b) / 2;
    }

    /**
     * ln of the variance of {@code (e^(λ·l) − 1)/λ} over the centred logs l (the transform of the
     * normalised sample); +∞ if it overflows, −∞ if the sample is constant.
     */
    private static double logVariance(double[] logs, double lambda) {
        double mean = 0;
        double m2 = 0;
        for (int i = 0; i < logs.length; i++) {
            double y = Math.abs(lambda) < 1e-12 ? logs[i] : Math.expm1(lambda * logs[i]) / lambda;
            double delta = y - mean;
            mean += delta / (i + 1);
            m2 += delta * (y - mean);
        }
        double variance = m2 / logs.length;
        return Double.isFinite(variance) ? Math.log(variance) : Double.POSITIVE_INFINITY;
    }
}
