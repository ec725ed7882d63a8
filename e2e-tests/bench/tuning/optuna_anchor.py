"""Optuna anchor for the tuning benchmark (run by run.sh beside TuningBench).

  optuna_anchor.py optimize OUT SEEDS EVALS [f1,f2]   best-so-far curves of Optuna's samplers
  optuna_anchor.py cost OUT REPS                      time of one ask()+suggest after n trials

The functions are the same definitions as scheduler/src/test/java/.../bench/BenchFunction.java.
"""
import json
import math
import sys
import time

import numpy as np
import optuna

optuna.logging.set_verbosity(optuna.logging.WARNING)


def branin(x):
    b, c, t = 5.1 / (4 * math.pi ** 2), 5 / math.pi, 1 / (8 * math.pi)
    return (x[1] - b * x[0] ** 2 + c * x[0] - 6) ** 2 + 10 * (1 - t) * math.cos(x[0]) + 10


HA = [1.0, 1.2, 3.0, 3.2]
HA_A = [[10, 3, 17, 3.5, 1.7, 8], [0.05, 10, 17, 0.1, 8, 14], [3, 3.5, 1.7, 10, 17, 8], [17, 8, 0.05, 10, 0.1, 14]]
HA_P = [[1312, 1696, 5569, 124, 8283, 5886], [2329, 4135, 8307, 3736, 1004, 9991],
        [2348, 1451, 3522, 2883, 3047, 6650], [4047, 8828, 8732, 5743, 1091, 381]]


def hartmann6(x):
    s = 0.0
    for i in range(4):
        inner = sum(HA_A[i][j] * (x[j] - HA_P[i][j] * 1e-4) ** 2 for j in range(6))
        s += HA[i] * math.exp(-inner)
    return -s


def styblinski(x):
    return sum(v ** 4 - 16 * v ** 2 + 5 * v for v in x) / 2


def rosenbrock(x):
    return sum(100 * (x[i + 1] - x[i] ** 2) ** 2 + (x[i] - 1) ** 2 for i in range(len(x) - 1))


def ackley(x):
    n = len(x)
    sq = sum(v * v for v in x)
    cs = sum(math.cos(2 * math.pi * v) for v in x)
    return -20 * math.exp(-0.2 * math.sqrt(sq / n)) - math.exp(cs / n) + 20 + math.e


def levy(x):
    w = [1 + (v - 1) / 4 for v in x]
    s = math.sin(math.pi * w[0]) ** 2
    for i in range(len(x) - 1):
        s += (w[i] - 1) ** 2 * (1 + 10 * math.sin(math.pi * w[i] + 1) ** 2)
    s += (w[-1] - 1) ** 2 * (1 + math.sin(2 * math.pi * w[-1]) ** 2)
    return s


FUNCTIONS = {
    "branin": (branin, [-5, 0], [10, 15]),
    "hartmann6": (hartmann6, [0] * 6, [1] * 6),
    "styblinski5": (styblinski, [-5] * 5, [5] * 5),
    "styblinski10": (styblinski, [-5] * 10, [5] * 10),
    "rosenbrock4": (rosenbrock, [-5] * 4, [10] * 4),
    "ackley5": (ackley, [-32.768] * 5, [32.768] * 5),
    "levy5": (levy, [-10] * 5, [10] * 5),
}

SAMPLERS = {
    "optuna-random": lambda seed: optuna.samplers.RandomSampler(seed=seed),
    "optuna-tpe": lambda seed: optuna.samplers.TPESampler(seed=seed, multivariate=False),
    "optuna-tpe-mv": lambda seed: optuna.samplers.TPESampler(seed=seed, multivariate=True),
}


def run(f, lows, highs, sampler, evals):
    study = optuna.create_study(sampler=sampler)
    best, curve = math.inf, []
    for _ in range(evals):
        trial = study.ask()
        x = [trial.suggest_float(f"x{i}", lows[i], highs[i]) for i in range(len(lows))]
        v = f(x)
        study.tell(trial, v)
        best = min(best, v)
        curve.append(best)
    return curve


def optimize(out, seeds, evals, only):
    result = {}
    for name, (f, lows, highs) in FUNCTIONS.items():
        if only and name not in only:
            continue
        by_sampler = {}
        for sname, make in SAMPLERS.items():
            t0 = time.time()
            curves = [run(f, lows, highs, make(seed), evals) for seed in range(seeds)]
            by_sampler[sname] = {"curves": curves, "seconds": time.time() - t0}
            print(f"{name} {sname} done in {time.time() - t0:.1f} s", file=sys.stderr, flush=True)
        result[name] = {"samplers": by_sampler}
    json.dump({"optuna": optuna.__version__, "functions": result}, open(out, "w"))


def cost(out, reps):
    rows = []
    for d in (2, 6, 10):
        dists = {f"x{i}": optuna.distributions.FloatDistribution(-5, 5) for i in range(d)}
        for n in (100, 1000, 5000):
            rng = np.random.RandomState(1)
            trials = []
            for _ in range(n):
                params = {k: float(rng.uniform(-5, 5)) for k in dists}
                value = sum((v - 1.5) ** 2 for v in params.values())
                trials.append(optuna.trial.create_trial(params=params, distributions=dists, value=value))
            for name, mv in (("optuna-tpe", False), ("optuna-tpe-mv", True)):
                study = optuna.create_study(sampler=optuna.samplers.TPESampler(seed=0, multivariate=mv))
                study.add_trials(trials)
                times = []
                for r in range(reps + 2):
                    t0 = time.perf_counter()
                    trial = study.ask()
                    for k in dists:
                        trial.suggest_float(k, -5, 5)
                    times.append((time.perf_counter() - t0) * 1000)
                    study.tell(trial, state=optuna.trial.TrialState.FAIL)
                timed = sorted(times[2:])
                rows.append({"sampler": name, "n": n, "d": d, "millis": timed[len(timed) // 2]})
                print(f"cost {name} n={n} d={d}: {timed[len(timed) // 2]:.2f} ms", file=sys.stderr, flush=True)
    json.dump({"optuna": optuna.__version__, "rows": rows}, open(out, "w"))


if __name__ == "__main__":
    mode, out = sys.argv[1], sys.argv[2]
    if mode == "optimize":
        optimize(out, int(sys.argv[3]), int(sys.argv[4]), sys.argv[5].split(",") if len(sys.argv) > 5 else None)
    elif mode == "cost":
        cost(out, int(sys.argv[3]))
    else:
        raise SystemExit(f"mode must be optimize or cost, but got {mode}")
