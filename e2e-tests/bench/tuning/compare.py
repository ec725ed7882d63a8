"""Turns the JSON of TuningBench and optuna_anchor.py into the markdown tables of the tuning benchmark.

  compare.py DIR   reads DIR/{charter,optuna}-{optimize,cost}.json and DIR/charter-pruning.json, prints markdown
"""
import json
import math
import os
import sys

import numpy as np
from scipy.stats import mannwhitneyu


def load(path):
    return json.load(open(path)) if os.path.exists(path) else None


def fmt(v):
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return "—"
    if v == 0:
        return "0"
    return f"{v:.3g}"


def first_reach(curve, target):
    for i, v in enumerate(curve):
        if v <= target:
            return i + 1
    return math.inf


def optimize_tables(charter, optuna_doc):
    out = []
    functions = list(charter.keys())
    optuna_fns = optuna_doc["functions"] if optuna_doc else {}
    regrets = {}  # fn -> sampler -> array [seed][eval]
    for fn in functions:
        opt = charter[fn]["optimum"]
        regrets[fn] = {s: np.asarray(v["curves"]) - opt for s, v in charter[fn]["samplers"].items()}
        for s, v in optuna_fns.get(fn, {}).get("samplers", {}).items():
            regrets[fn][s] = np.asarray(v["curves"]) - opt
    samplers = list(next(iter(regrets.values())).keys())
    evals = next(iter(next(iter(regrets.values())).values())).shape[1]
    seeds = next(iter(next(iter(regrets.values())).values())).shape[0]

    out.append(f"**Median regret after {evals} evaluations** ({seeds} seeds; regret = best value found − global minimum)\n")
    out.append("| function | " + " | ".join(samplers) + " |")
    out.append("|---" * (len(samplers) + 1) + "|")
    for fn in functions:
        out.append(f"| {fn} | " + " | ".join(fmt(float(np.median(regrets[fn][s][:, -1]))) for s in samplers) + " |")

    checkpoints = [c for c in (50, 100, 200) if c <= evals]
    out.append(f"\n**Median regret at {' / '.join(map(str, checkpoints))} evaluations**\n")
    out.append("| function | " + " | ".join(samplers) + " |")
    out.append("|---" * (len(samplers) + 1) + "|")
    for fn in functions:
        cells = []
        for s in samplers:
            cells.append(" / ".join(fmt(float(np.median(regrets[fn][s][:, c - 1]))) for c in checkpoints))
        out.append(f"| {fn} | " + " | ".join(cells) + " |")

    out.append(f"\n**Evaluations to target** (median over seeds; target = the median regret Charter's random search "
               f"reaches after {evals} evaluations, so random search itself needs about {evals}; "
               f"\">{evals}\" when more than half the seeds never reach it)\n")
    out.append("| function | target | " + " | ".join(samplers) + " |")
    out.append("|---" * (len(samplers) + 2) + "|")
    for fn in functions:
        target = float(np.median(regrets[fn]["charter-random"][:, -1]))
        cells = []
        for s in samplers:
            reach = sorted(first_reach(c, target) for c in regrets[fn][s])
            m = reach[(len(reach) - 1) // 2] if len(reach) % 2 else (reach[len(reach) // 2 - 1] + reach[len(reach) // 2]) / 2
            cells.append(f">{evals}" if math.isinf(m) else f"{m:g}")
        out.append(f"| {fn} | {fmt(target)} | " + " | ".join(cells) + " |")

    pairs = [("charter-tpe", "optuna-tpe"), ("charter-tpe-mv", "optuna-tpe-mv"), ("charter-tpe-mv-scott", "optuna-tpe-mv")]
    pairs = [p for p in pairs if p[0] in samplers and p[1] in samplers]
    if pairs:
        out.append(f"\n**Charter TPE vs Optuna TPE**: two-sided Mann-Whitney U p-value on the final regrets "
                   f"(and which median is lower); p > 0.05 means no detectable difference at {seeds} seeds\n")
        out.append("| function | " + " | ".join(f"{a} vs {b}" for a, b in pairs) + " |")
        out.append("|---" * (len(pairs) + 1) + "|")
        for fn in functions:
            cells = []
            for a, b in pairs:
                x, y = regrets[fn][a][:, -1], regrets[fn][b][:, -1]
                p = mannwhitneyu(x, y, alternative="two-sided").pvalue
                lower = "Charter" if np.median(x) < np.median(y) else "Optuna" if np.median(y) < np.median(x) else "tie"
                cells.append(f"p = {p:.2g} ({lower} lower)")
            out.append(f"| {fn} | " + " | ".join(cells) + " |")
    seconds = {s: sum(charter[fn]["samplers"].get(s, {}).get("seconds", 0) for fn in functions) for s in samplers}
    for s in samplers:
        if s.startswith("optuna"):
            seconds[s] = sum(optuna_fns.get(fn, {}).get("samplers", {}).get(s, {}).get("seconds", 0) for fn in functions)
    out.append("\nWall time of the whole optimize run per sampler (all functions and seeds, objective included): "
               + ", ".join(f"{s} {seconds[s]:.0f} s" for s in samplers) + ".")
    return out


def cost_table(charter, optuna_doc):
    rows = {}
    for r in charter:
        rows.setdefault((r["n"], r["d"]), {})[r["sampler"]] = r["millis"]
    for r in (optuna_doc or {}).get("rows", []):
        rows.setdefault((r["n"], r["d"]), {})[r["sampler"]] = r["millis"]
    cols = ["charter-tpe", "optuna-tpe", "charter-tpe-mv", "optuna-tpe-mv"]
    out = ["\n**CPU time of one suggestion** (ms, median of the timed repetitions; n COMPLETE trials already in the "
           "history, d float parameters; Optuna: `study.ask()` + `suggest_float` for each parameter over an in-memory "
           "study filled with `add_trials`)\n", "| n | d | " + " | ".join(cols) + " |", "|---" * (len(cols) + 2) + "|"]
    for (n, d) in sorted(rows, key=lambda k: (k[1], k[0])):
        out.append(f"| {n} | {d} | " + " | ".join(fmt(rows[(n, d)].get(c)) for c in cols) + " |")
    return out


def pruning_table(doc):
    out = [f"\n**Pruners on a synthetic learning-curve problem** (random search, {doc['workers']} workers, "
           f"{doc['maxEpoch']} epochs per full trial, budget {doc['budget']} epoch-units; "
           f"epoch-units spent until a trial completes with final loss ≤ {doc['target']})\n",
           "| pruner | median | quartiles | seeds reaching the target |", "|---|---|---|---|"]
    for name, v in doc.items():
        if not isinstance(v, dict):
            continue
        r = [x for x in v["resourceToTarget"]]
        reached = [x for x in r if x >= 0]
        vals = np.asarray([x if x >= 0 else math.inf for x in r], dtype=float)
        q = np.percentile(vals, [25, 50, 75]) if len(vals) else [math.nan] * 3
        out.append(f"| {name} | {fmt(float(q[1]))} | {fmt(float(q[0]))}–{fmt(float(q[2]))} | {len(reached)} of {len(r)} |")
    return out


def main(d):
    lines = []
    charter_opt = load(os.path.join(d, "charter-optimize.json"))
    optuna_opt = load(os.path.join(d, "optuna-optimize.json"))
    if optuna_opt:
        lines.append(f"Anchor: Optuna {optuna_opt['optuna']} (`TPESampler(multivariate=False)` = optuna-tpe, "
                     f"`multivariate=True` = optuna-tpe-mv, its 5.0 default; other settings default, constant_liar "
                     f"irrelevant as trials run one at a time).\n")
    if charter_opt:
        lines += optimize_tables(charter_opt, optuna_opt)
    charter_cost = load(os.path.join(d, "charter-cost.json"))
    if charter_cost:
        lines += cost_table(charter_cost, load(os.path.join(d, "optuna-cost.json")))
    pruning = load(os.path.join(d, "charter-pruning.json"))
    if pruning:
        lines += pruning_table(pruning)
    print("\n".join(lines))


if __name__ == "__main__":
    main(sys.argv[1])
