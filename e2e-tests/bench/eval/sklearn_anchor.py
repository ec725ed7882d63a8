"""The anchor for EvalBench: scikit-learn / fairlearn on data of the same shape, same machine, one line each.

    python3 sklearn_anchor.py [rows] [features]     (default 1000000 10)
"""
import sys
import time
import warnings

import numpy as np
from sklearn import metrics as m

warnings.filterwarnings("ignore")
rows = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
features = int(sys.argv[2]) if len(sys.argv) > 2 else 10
rng = np.random.default_rng(1)
y = (rng.random(rows) < 0.3).astype(int)
s = np.clip(0.35 + 0.25 * y + 0.2 * rng.standard_normal(rows), 0, 1)
p = (s >= 0.5).astype(int)
g = rng.integers(0, 5, rows).astype(str)


def timed(what, work):
    work()
    start = time.perf_counter()
    result = work()
    print(f"{what:90s} {time.perf_counter() - start:8.2f} s  ({result})")


timed(f"roc_auc_score + average_precision_score + roc_curve + precision_recall_curve, {rows} rows",
      lambda: m.roc_auc_score(y, s) + m.average_precision_score(y, s) + len(m.roc_curve(y, s)[0])
      + len(m.precision_recall_curve(y, s)[0]))
try:
    from fairlearn.metrics import MetricFrame, selection_rate, true_positive_rate, false_positive_rate
    timed(f"fairlearn MetricFrame (selection rate, TPR, FPR, precision), 5 groups, {rows} rows",
          lambda: MetricFrame(metrics={"sr": selection_rate, "tpr": true_positive_rate, "fpr": false_positive_rate,
                                       "p": m.precision_score}, y_true=y, y_pred=p, sensitive_features=g)
          .difference().max())
except ImportError:
    pass
n = 10_000
labels = rng.integers(0, 8, n)
x = labels[:, None] + rng.standard_normal((n, features))
timed(f"silhouette_score, {n} rows × {features} features", lambda: m.silhouette_score(x, labels))
