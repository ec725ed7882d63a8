package io.charter.scheduler.tuning.sampler;

import smile.math.special.Erf;

/**
 * The standard normal truncated to {@code [a, b]}: log probability mass, quantile and log density,
 * computed in the tail that keeps precision (the same case split as Optuna's {@code _truncnorm},
 * itself from SciPy). The error function is Smile's ({@link Erf}).
 */
final class TruncatedNormal {

    private static final double SQRT2 = Math.sqrt(2.0);
    private static final double LOG_SQRT_2PI = 0.5 * Math.log(2.0 * Math.PI);

    private TruncatedNormal() {
    }

    /** Φ(z). */
    static double ndtr(double z) {
        return 0.5 * Erf.erfc(-z / SQRT2);
    }

    /** log Φ(z), with the asymptotic series below −20 where Φ underflows. */
    static double logNdtr(double z) {
        if (z > 6) {
            return -ndtr(-z);
        }
        if (z > -20) {
            return Math.log(ndtr(z));
        }
        double logLhs = -0.5 * z * z - Math.log(-z) - LOG_SQRT_2PI;
        double last = 0;
        double rhs = 1;
        double numerator = 1;
        double denomFactor = 1;
        double denomCons = 1 / (z * z);
        int sign = 1;
        for (int i = 1; Math.abs(last - rhs) > Math.ulp(1.0) && i < 100; i++) {
            last = rhs;
            sign = -sign;
            denomFactor *= denomCons;
            numerator *= 2 * i - 1;
            rhs += sign * numerator * denomFactor;
        }
        return logLhs + Math.log(rhs);
    }

    /** log(Φ(b) − Φ(a)) for a ≤ b. */
    static double logMass(double a, double b) {
        if (b <= 0) {
            double lb = logNdtr(b);
            return lb + Math.log1p(-Math.exp(logNdtr(a) - lb));
        }
        if (a > 0) {
            return logMass(-b, -a);
        }
        return Math.log1p(-ndtr(a) - ndtr(-b));
    }

    /** The z in [a, b] with P(a ≤ Z ≤ z | a ≤ Z ≤ b) = q, solved in whichever tail is smaller. */
    static double ppf(double q, double a, double b) {
        if (a > 0) {
            return -ppf(1 - q, -b, -a);
        }
        double fa = ndtr(a);
        if (b <= 0) {
            return Math.max(a, Math.min(b, ndtri(fa + q * (ndtr(b) - fa))));
        }
        double cb = ndtr(-b);
        double mass = Math.max(0.0, 1.0 - fa - cb);
        double p = fa + q * mass;
        double z = p < 0.5 ? ndtri(p) : -ndtri(cb + (1 - q) * mass);
        return Math.max(a, Math.min(b, z));
    }

    /** log density at standardized z of the normal truncated to [a, b], with logMass(a, b) given. */
    static double logPdf(double z, double logMass) {
        return -0.5 * z * z - LOG_SQRT_2PI - logMass;
    }

    /** Φ⁻¹(p) through Smile's inverse complementary error function. */
    private static double ndtri(double p) {
        if (p <= 0) {
            return Double.NEGATIVE_INFINITY;
        }
        return -SQRT2 * Erf.inverfc(2 * p);
    }
}
