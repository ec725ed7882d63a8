package io.charter.scheduler.tuning.bench;

import io.charter.scheduler.tuning.space.FloatParam;
import io.charter.scheduler.tuning.space.ParamSpec;
import io.charter.scheduler.tuning.space.SearchSpace;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Standard test functions for optimizers (definitions and optima as in Surjanovic &amp; Bingham's
 * Virtual Library of Simulation Experiments), over float parameters {@code x0 … x(d−1)}. The
 * same definitions are in {@code e2e-tests/bench/tuning/optuna_anchor.py}.
 *
 * @param name    short name
 * @param lows    lower bounds
 * @param highs   upper bounds
 * @param optimum the global minimum
 * @param f       the function of the point
 */
public record BenchFunction(String name, double[] lows, double[] highs, double optimum, ToDoubleFunction<double[]> f) {

    public int dimensions() {
        return lows.length;
    }

    public SearchSpace space() {
        List<ParamSpec> params = new ArrayList<>();
        for (int i = 0; i < lows.length; i++) {
            params.add(FloatParam.uniform("x" + i, lows[i], highs[i]));
        }
        return SearchSpace.of(params);
    }

    /** The objective over a parameter map. */
    public ToDoubleFunction<Map<String, Object>> objective() {
        return params -> {
            double[] x = new double[lows.length];
            for (int i = 0; i < x.length; i++) {
                x[i] = ((Number) params.get("x" + i)).doubleValue();
            }
            return f.applyAsDouble(x);
        };
    }

    public static List<BenchFunction> all() {
        return List.of(branin(), hartmann6(), styblinskiTang(5), styblinskiTang(10), rosenbrock(4), ackley(5), levy(5));
    }

    public static BenchFunction byName(String name) {
        if (name.startsWith("sphere")) {
            return sphere(Integer.parseInt(name.substring(6)));
        }
        return all().stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no function " + name));
    }

    /** Σ (x_i − 1.5)² on [−5, 5]^d: a sphere whose optimum is off the domain's centre. */
    public static BenchFunction sphere(int d) {
        return new BenchFunction("sphere" + d, fill(d, -5), fill(d, 5), 0.0, x -> {
            double s = 0;
            for (double v : x) {
                s += (v - 1.5) * (v - 1.5);
            }
            return s;
        });
    }

    public static BenchFunction branin() {
        return new BenchFunction("branin", new double[] {-5, 0}, new double[] {10, 15}, 0.39788735772973816, x -> {
            double b = 5.1 / (4 * Math.PI * Math.PI);
            double c = 5 / Math.PI;
            double t = 1 / (8 * Math.PI);
            double u = x[1] - b * x[0] * x[0] + c * x[0] - 6;
            return u * u + 10 * (1 - t) * Math.cos(x[0]) + 10;
        });
    }

    public static BenchFunction hartmann6() {
        double[] alpha = {1.0, 1.2, 3.0, 3.2};
        double[][] a = {{10, 3, 17, 3.5, 1.7, 8}, {0.05, 10, 17, 0.1, 8, 14}, {3, 3.5, 1.7, 10, 17, 8},
            {17, 8, 0.05, 10, 0.1, 14}};
        double[][] p = {{1312, 1696, 5569, 124, 8283, 5886}, {2329, 4135, 8307, 3736, 1004, 9991},
            {2348, 1451, 3522, 2883, 3047, 6650}, {4047, 8828, 8732, 5743, 1091, 381}};
        return new BenchFunction("hartmann6", fill(6, 0), fill(6, 1), -3.322368011391339, x -> {
            double s = 0;
            for (int i = 0; i < 4; i++) {
                double inner = 0;
                for (int j = 0; j < 6; j++) {
                    double d = x[j] - p[i][j] * 1e-4;
                    inner += a[i][j] * d * d;
                }
                s += alpha[i] * Math.exp(-inner);
            }
            return -s;
        });
    }

    public static BenchFunction styblinskiTang(int d) {
        return new BenchFunction("styblinski" + d, fill(d, -5), fill(d, 5), -39.16616570377142 * d, x -> {
            double s = 0;
            for (double v : x) {
                s += v * v * v * v - 16 * v * v + 5 * v;
            }
            return s / 2;
        });
    }

    public static BenchFunction rosenbrock(int d) {
        return new BenchFunction("rosenbrock" + d, fill(d, -5), fill(d, 10), 0.0, x -> {
            double s = 0;
            for (int i = 0; i < x.length - 1; i++) {
                s += 100 * Math.pow(x[i + 1] - x[i] * x[i], 2) + Math.pow(x[i] - 1, 2);
            }
            return s;
        });
    }

    public static BenchFunction ackley(int d) {
        return new BenchFunction("ackley" + d, fill(d, -32.768), fill(d, 32.768), 0.0, x -> {
            double sq = 0;
            double cos = 0;
            for (double v : x) {
                sq += v * v;
                cos += Math.cos(2 * Math.PI * v);
            }
            return -20 * Math.exp(-0.2 * Math.sqrt(sq / x.length)) - Math.exp(cos / x.length) + 20 + Math.E;
        });
    }

    public static BenchFunction levy(int d) {
        return new BenchFunction("levy" + d, fill(d, -10), fill(d, 10), 0.0, x -> {
            int n = x.length;
            double[] w = new double[n];
            for (int i = 0; i < n; i++) {
                w[i] = 1 + (x[i] - 1) / 4;
            }
            double s = Math.pow(Math.sin(Math.PI * w[0]), 2);
            for (int i = 0; i < n - 1; i++) {
                s += Math.pow(w[i] - 1, 2) * (1 + 10 * Math.pow(Math.sin(Math.PI * w[i] + 1), 2));
            }
            s += Math.pow(w[n - 1] - 1, 2) * (1 + Math.pow(Math.sin(2 * Math.PI * w[n - 1]), 2));
            return s;
        });
    }

    private static double[] fill(int d, double v) {
        double[] a = new double[d];
        java.util.Arrays.fill(a, v);
        return a;
    }
}
