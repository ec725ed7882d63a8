"""Reference values for the evaluation-metric tests (governance/src/test/java/io/charter/governance/eval).

The tests generate their data from the integer formulas below (EvalFixtures.java has the same
formulas), so no data needs to be pasted; this script prints what scikit-learn and fairlearn compute
on that data, and the tests hold those numbers as constants. Run it again after changing a formula:

    python3 -m venv /tmp/skl && /tmp/skl/bin/pip install scikit-learn fairlearn
    /tmp/skl/bin/python e2e-tests/bench/eval/sklearn_reference.py

Printed with repr(), i.e. the shortest decimal that reads back as the same double.
"""
import warnings

import numpy as np
import sklearn
from sklearn import metrics as m
from sklearn.calibration import calibration_curve

warnings.filterwarnings("ignore")


# ---- the data: keep in step with EvalFixtures.java ----

def binary(n=60):
    y = [1 if (i * 7 + 3) % 5 < 2 else 0 for i in range(n)]
    s = [(((i * 37 + 11) % 20) + 6 * y[i]) / 26.0 for i in range(n)]
    p = [1 if v >= 0.5 else 0 for v in s]
    return np.array(y), np.array(s), np.array(p)


CLASSES = ["ant", "bee", "cat"]


def multiclass(n=45):
    y = [(i * 5 + i // 4) % 3 for i in range(n)]
    pred = [y[i] if i % 3 != 0 else (i // 3) % 3 for i in range(n)]
    proba = []
    for i in range(n):
        w = [1 + (i * (c + 2) * 13) % 7 + (4 if c == y[i] else 0) for c in range(3)]
        total = w[0] + w[1] + w[2]
        proba.append([w[c] / total for c in range(3)])
    return (np.array([CLASSES[c] for c in y]), np.array([CLASSES[c] for c in pred]), np.array(proba))


def regression(n=40):
    y = [(i % 9) * 1.5 - 3 for i in range(n)]
    p = [y[i] + ((i * 17) % 11 - 5) * 0.25 for i in range(n)]
    return np.array(y), np.array(p)


def clusters(n=30):
    x = [[(i % 4) * 3 + ((i * 7) % 5) * 0.1, ((i * 3) % 5) * 0.2 + (2 if i % 4 == 1 else 0)] for i in range(n)]
    labels = [9 if i == 0 else i % 4 for i in range(n)]
    return np.array(x), np.array(labels)


def queries(count=6):
    out = []
    for q in range(count):
        docs = 3 + q
        rel = [0 if q == 4 else (q * 5 + d * 3) % 4 for d in range(docs)]
        scores = [float((q + d * 7) % 5) for d in range(docs)]
        out.append((np.array(rel, dtype=float), np.array(scores)))
    return out


GROUPS = ["a", "b", "c"]


def fairness(n=90):
    g = [GROUPS[i % 3] for i in range(n)]
    y = [1 if (i * 11 + i // 3) % 5 < (2 + i % 3) else 0 for i in range(n)]
    p = [1 if (i * 13 + 5 + i // 7) % 4 < (1 + i % 3) else 0 for i in range(n)]
    return np.array(y), np.array(p), np.array(g)


def show(name, value):
    if isinstance(value, np.floating):
        value = float(value)
    print(f"{name} = {value!r}")


print(f"# scikit-learn {sklearn.__version__}")
y, s, p = binary()
print("## binary (EvalFixtures.binary)")
show("accuracy_score", m.accuracy_score(y, p))
show("balanced_accuracy_score", m.balanced_accuracy_score(y, p))
show("precision_score", m.precision_score(y, p))
show("recall_score", m.recall_score(y, p))
show("f1_score", m.f1_score(y, p))
show("roc_auc_score", m.roc_auc_score(y, s))
show("average_precision_score", m.average_precision_score(y, s))
show("log_loss", m.log_loss(y, s))
fpr, tpr, thr = m.roc_curve(y, s)
show("roc_curve.len", len(fpr))
show("roc_curve.fpr", fpr.tolist())
show("roc_curve.tpr", tpr.tolist())
show("roc_curve.thresholds[1:]", thr[1:].tolist())
fpr, tpr, thr = m.roc_curve(y, s, drop_intermediate=False)
show("roc_curve(drop_intermediate=False).len", len(fpr))
prec, rec, thr = m.precision_recall_curve(y, s)
show("precision_recall_curve.precision", prec.tolist())
show("precision_recall_curve.recall", rec.tolist())
show("precision_recall_curve.thresholds", thr.tolist())
prob_true, prob_pred = calibration_curve(y, s, n_bins=5)
show("calibration_curve(n_bins=5).prob_true", prob_true.tolist())
show("calibration_curve(n_bins=5).prob_pred", prob_pred.tolist())
show("confusion_matrix", m.confusion_matrix(y, p).tolist())

yt, yp, proba = multiclass()
print("## multiclass (EvalFixtures.multiclass)")
show("confusion_matrix", m.confusion_matrix(yt, yp).tolist())
show("accuracy_score", m.accuracy_score(yt, yp))
show("balanced_accuracy_score", m.balanced_accuracy_score(yt, yp))
for avg in ["macro", "micro", "weighted"]:
    pr, rc, f1, _ = m.precision_recall_fscore_support(yt, yp, average=avg, zero_division=0)
    show(f"precision_recall_fscore_support(average={avg!r})", (pr, rc, f1))
pr, rc, f1, sup = m.precision_recall_fscore_support(yt, yp, average=None, zero_division=0)
show("precision_recall_fscore_support(average=None)", (pr.tolist(), rc.tolist(), f1.tolist(), sup.tolist()))
show("roc_auc_score(multi_class='ovr', average='macro')", m.roc_auc_score(yt, proba, multi_class="ovr"))
show("roc_auc_score(multi_class='ovr', average='weighted')",
     m.roc_auc_score(yt, proba, multi_class="ovr", average="weighted"))
show("roc_auc_score(multi_class='ovr', average='micro')",
     m.roc_auc_score(yt, proba, multi_class="ovr", average="micro"))
show("log_loss", m.log_loss(yt, proba))

yt, yp = regression()
print("## regression (EvalFixtures.regression)")
show("mean_squared_error", m.mean_squared_error(yt, yp))
show("root_mean_squared_error", m.root_mean_squared_error(yt, yp))
show("mean_absolute_error", m.mean_absolute_error(yt, yp))
show("r2_score", m.r2_score(yt, yp))
show("mean_absolute_percentage_error", m.mean_absolute_percentage_error(yt, yp))
show("mean_absolute_percentage_error(y+10)", m.mean_absolute_percentage_error(yt + 10, yp + 10))

x, labels = clusters()
print("## clustering (EvalFixtures.clusters)")
show("silhouette_score", m.silhouette_score(x, labels))
# sklearn's euclidean_distances expands |x - y|^2 = |x|^2 - 2x.y + |y|^2, off by ~1e-10 here; with exact
# distances (as Silhouette computes them) it gives:
from scipy.spatial.distance import cdist
show("silhouette_score(cdist(x, x), metric='precomputed')",
     m.silhouette_score(cdist(x, x), labels, metric="precomputed"))

print("## ranking (EvalFixtures.queries), per query then the mean")
qs = queries()
for k in [None, 3]:
    per = [m.ndcg_score([r], [sc], k=k) for r, sc in qs]
    show(f"ndcg_score(k={k}) per query", per)
    show(f"mean ndcg_score(k={k})", float(np.mean(per)))
aps = [m.average_precision_score(r > 0, sc) for r, sc in qs if (r > 0).any()]
show("average_precision_score per query with a relevant document", aps)
show("mean", float(np.mean(aps)))

print("## cross-validation: numpy mean and std(ddof=1) of [0.81, 0.79, 0.85, 0.80, 0.83]")
folds = np.array([0.81, 0.79, 0.85, 0.80, 0.83])
show("mean", float(folds.mean()))
show("std(ddof=1)", float(folds.std(ddof=1)))

try:
    import fairlearn
    from fairlearn import metrics as fm
    yt, yp, g = fairness()
    print(f"## fairness (EvalFixtures.fairness), fairlearn {fairlearn.__version__}")
    frame = fm.MetricFrame(metrics={"selection_rate": fm.selection_rate, "tpr": fm.true_positive_rate,
                                    "fpr": fm.false_positive_rate, "precision": m.precision_score},
                           y_true=yt, y_pred=yp, sensitive_features=g)
    print(frame.by_group.to_dict())
    show("demographic_parity_difference", fm.demographic_parity_difference(yt, yp, sensitive_features=g))
    show("demographic_parity_ratio", fm.demographic_parity_ratio(yt, yp, sensitive_features=g))
    show("equal_opportunity_difference", fm.equal_opportunity_difference(yt, yp, sensitive_features=g))
    show("equalized_odds_difference", fm.equalized_odds_difference(yt, yp, sensitive_features=g))
    show("MetricFrame(precision_score).difference()", frame.difference()["precision"])
except ImportError:
    print("## fairness: fairlearn not installed")
