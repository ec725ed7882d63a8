package io.charter.governance.eval;

/**
 * The regression metrics of seed §6.2, each as scikit-learn's function of the same name. Inputs
 * are equally long, non-empty arrays of finite numbers.
 */
public final class RegressionMetrics {

    /** sklearn's floor for |y| in MAPE: {@code np.finfo(float64).eps}. */
    static final double MAPE_EPSILON = Math.ulp(1.0);

    private RegressionMetrics() {
    }

    /** Mean of (y − ŷ)², as {@code mean_squared_error}: penalises large errors heavily. */
    public static double meanSquaredError(double[] yTrue, double[] yPred) {
        int n = check(yTrue, yPred);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double d = yTrue[i] - yPred[i];
            sum += d * d;
        }
        return sum / n;
    }

    /** √MSE, as {@code root_mean_squared_error}: the error in the target's own units. */
    public static double rootMeanSquaredError(double[] yTrue, double[] yPred) {
        return Math.sqrt(meanSquaredError(yTrue, yPred));
    }

    /** Mean of |y − ŷ|, as {@code mean_absolute_error}. */
    public static double meanAbsoluteError(double[] yTrue, double[] yPred) {
        int n = check(yTrue, yPred);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += Math.abs(yTrue[i] - yPred[i]);
        }
        return sum / n;
    }

    /**
     * Mean of |y − ŷ| / max(|y|, ε) with ε the float64 machine epsilon, as
     * {@code mean_absolute_percentage_error}: a fraction, not a percentage, and huge where y is 0.
     */
    public static double meanAbsolutePercentageError(double[] yTrue, double[] yPred) {
        int n = check(yTrue, yPred);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += Math.abs(yPred[i] - yTrue[i]) / Math.max(Math.abs(yTrue[i]), MAPE_EPSILON);
        }
        return sum / n;
    }

    /**
     * Coefficient of determination 1 − SS_res / SS_tot, as {@code r2_score} with its default
     * {@code force_finite=True}: 1 when the predictions are perfect (even for a constant target),
     * 0 when the target is constant and the predictions are not. Null for a single row (sklearn:
     * NaN, "not well-defined with less than two samples").
     */
    public static Double r2(double[] yTrue, double[] yPred) {
        int n = check(yTrue, yPred);
        if (n < 2) {
            return null;
        }
        double mean = 0;
        for (double y : yTrue) {
            mean += y;
        }
        mean /= n;
        double residual = 0;
        double total = 0;
        for (int i = 0; i < n; i++) {
            double r = yTrue[i] - yPred[i];
            double t = yTrue[i] - mean;
            residual += r * r;
            total += t * t;
        }
        if (residual == 0) {
            return 1.0;
        }
        return total == 0 ? 0.0 : 1 - residual / total;
    }

    private static int check(double[] yTrue, double[] yPred) {
        int n = Checks.sameLength("yTrue", yTrue.length, "yPred", yPred.length);
        Checks.finite("yTrue", yTrue);
        Checks.finite("yPred", yPred);
        return n;
    }
}
