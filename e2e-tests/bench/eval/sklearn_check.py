"""Live comparison of io.charter.governance.eval with scikit-learn and fairlearn (not a test).

SklearnCheck (governance test tree) writes seeded random predictions as CSV plus the metrics Charter
computes on them (java_metrics.csv); this script recomputes each metric with the library whose
definition the Java code cites and prints one line per metric. Exit status 1 if any differs by more
than the tolerance. Run through run.sh.

    python3 sklearn_check.py <dir-written-by-SklearnCheck>
"""
import csv
import math
import sys
import warnings
from pathlib import Path

import numpy as np
from scipy.spatial.distance import cdist
from sklearn import metrics as m
from sklearn.calibration import calibration_curve

warnings.filterwarnings("ignore")
TOLERANCE = 1e-9  # relative; sums in a different order differ in the last bits, nothing else should


def read(path):
    with open(path, newline="") as f:
        return list(csv.DictReader(f))


def expected(d):
    out = {}
    b = read(d / "binary.csv")
    y = np.array([int(r["y"]) for r in b])
    s = np.array([float(r["score"]) for r in b])
    p = np.array([int(r["pred"]) for r in b])
    out["binary.accuracy"] = m.accuracy_score(y, p)
    out["binary.balanced_accuracy"] = m.balanced_accuracy_score(y, p)
    out["binary.precision"] = m.precision_score(y, p)
    out["binary.recall"] = m.recall_score(y, p)
    out["binary.f1"] = m.f1_score(y, p)
    out["binary.roc_auc"] = m.roc_auc_score(y, s)
    out["binary.average_precision"] = m.average_precision_score(y, s)
    out["binary.log_loss"] = m.log_loss(y, s)
    out["binary.roc_curve_points"] = len(m.roc_curve(y, s)[0])
    out["binary.pr_curve_points"] = len(m.precision_recall_curve(y, s)[0])
    # calibration_curve drops empty bins; recover each bin's index from its mean prediction
    prob_true, prob_pred = calibration_curve(y, s, n_bins=10)
    edges = np.linspace(0, 1, 11)
    for t, pp in zip(prob_true, prob_pred):
        b_idx = int(np.searchsorted(edges[1:-1], pp))
        out[f"binary.calibration{b_idx}.fraction_positive"] = t
        out[f"binary.calibration{b_idx}.mean_predicted"] = pp
    try:
        from fairlearn import metrics as fm
        g = np.array([r["group"] for r in b])
        keep = g != ""
        yt, yp, gk = y[keep], p[keep], g[keep]
        out["fairness.demographic_parity_difference"] = fm.demographic_parity_difference(yt, yp, sensitive_features=gk)
        out["fairness.demographic_parity_ratio"] = fm.demographic_parity_ratio(yt, yp, sensitive_features=gk)
        out["fairness.equal_opportunity_difference"] = fm.equal_opportunity_difference(yt, yp, sensitive_features=gk)
        out["fairness.equalized_odds_difference"] = fm.equalized_odds_difference(yt, yp, sensitive_features=gk)
        frame = fm.MetricFrame(metrics=m.precision_score, y_true=yt, y_pred=yp, sensitive_features=gk)
        out["fairness.predictive_parity_difference"] = frame.difference()
    except ImportError:
        print("fairlearn not installed: fairness not compared")

    mc = read(d / "multiclass.csv")
    yt = np.array([r["y"] for r in mc])
    yp = np.array([r["pred"] for r in mc])
    proba = np.array([[float(r[c]) for c in ("p_ant", "p_bee", "p_cat", "p_dog")] for r in mc])
    out["multiclass.accuracy"] = m.accuracy_score(yt, yp)
    out["multiclass.balanced_accuracy"] = m.balanced_accuracy_score(yt, yp)
    for avg in ("macro", "micro", "weighted"):
        pr, rc, f1, _ = m.precision_recall_fscore_support(yt, yp, average=avg, zero_division=0)
        out[f"multiclass.precision_{avg}"], out[f"multiclass.recall_{avg}"], out[f"multiclass.f1_{avg}"] = pr, rc, f1
    labels = ["ant", "bee", "cat", "dog"]
    out["multiclass.roc_auc_ovr"] = m.roc_auc_score(yt, proba, multi_class="ovr", labels=labels)
    out["multiclass.roc_auc_ovr_weighted"] = m.roc_auc_score(yt, proba, multi_class="ovr", average="weighted",
                                                            labels=labels)
    out["multiclass.roc_auc_ovr_micro"] = m.roc_auc_score(yt, proba, multi_class="ovr", average="micro",
                                                         labels=labels)
    out["multiclass.log_loss"] = m.log_loss(yt, proba, labels=labels)

    rg = read(d / "regression.csv")
    yt = np.array([float(r["y"]) for r in rg])
    yp = np.array([float(r["pred"]) for r in rg])
    out["regression.mean_squared_error"] = m.mean_squared_error(yt, yp)
    out["regression.root_mean_squared_error"] = m.root_mean_squared_error(yt, yp)
    out["regression.mean_absolute_error"] = m.mean_absolute_error(yt, yp)
    out["regression.mean_absolute_percentage_error"] = m.mean_absolute_percentage_error(yt, yp)
    out["regression.r2"] = m.r2_score(yt, yp)

    cl = read(d / "clusters.csv")
    x = np.array([[float(r["x0"]), float(r["x1"]), float(r["x2"])] for r in cl])
    lab = np.array([int(r["label"]) for r in cl])
    # exact distances, as Silhouette computes them (sklearn's default expansion loses ~1e-10)
    out["clustering.silhouette"] = m.silhouette_score(cdist(x, x), lab, metric="precomputed")

    rk = read(d / "ranking.csv")
    queries = {}
    for r in rk:
        queries.setdefault(int(r["query"]), ([], []))
        queries[int(r["query"])][0].append(float(r["relevance"]))
        queries[int(r["query"])][1].append(float(r["score"]))
    qs = [(np.array(a), np.array(b)) for a, b in queries.values()]
    # ndcg_score refuses single-document input; SklearnCheck writes 2 or more per query
    out["ranking.ndcg"] = float(np.mean([m.ndcg_score([a], [b]) for a, b in qs]))
    out["ranking.ndcg@5"] = float(np.mean([m.ndcg_score([a], [b], k=5) for a, b in qs]))
    out["ranking.map"] = float(np.mean([m.average_precision_score(a > 0, b) for a, b in qs if (a > 0).any()]))
    return out


def main():
    d = Path(sys.argv[1])
    java = {r["metric"]: (float(r["value"]) if r["value"] else None) for r in read(d / "java_metrics.csv")}
    want = expected(d)
    failures = 0
    for name, value in java.items():
        if name not in want:
            ok = value is None  # an empty calibration bin: Charter keeps it, sklearn drops it
            print(f"{'ok ' if ok else 'BAD'} {name:50s} charter={value!r:24s} sklearn=(absent)")
            failures += not ok
            continue
        ref = float(want[name])
        ok = value is not None and math.isclose(value, ref, rel_tol=TOLERANCE, abs_tol=1e-12)
        failures += not ok
        print(f"{'ok ' if ok else 'BAD'} {name:50s} charter={value!r:24s} sklearn={ref!r}")
    missing = sorted(set(want) - set(java))
    for name in missing:
        print(f"BAD {name:50s} charter=(absent)                sklearn={want[name]!r}")
    failures += len(missing)
    total = len(set(java) | set(want))
    print(f"{total - failures} of {total} metrics agree (relative tolerance {TOLERANCE})")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
